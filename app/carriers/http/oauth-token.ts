// OAuth2 client-credentials token cache: one token per client, fetched once (concurrent callers
// share the request), reused until shortly before it expires, and replaced once when the carrier
// answers 401 to it (revoked or expired early).
import { systemClock, type Clock } from "./clock";

export interface IssuedToken {
  accessToken: string;
  expiresInSec: number;
}

export interface OAuthTokenCacheOptions {
  fetchToken: () => Promise<IssuedToken>;
  clock?: Pick<Clock, "now">;
  /** Renew this long before expiry (capped at half the token's lifetime). */
  refreshBeforeMs?: number;
}

export class OAuthTokenCache {
  private readonly fetchToken: () => Promise<IssuedToken>;
  private readonly clock: Pick<Clock, "now">;
  private readonly refreshBeforeMs: number;
  private current: { token: string; renewAt: number } | null = null;
  private pending: Promise<string> | null = null;

  constructor(options: OAuthTokenCacheOptions) {
    this.fetchToken = options.fetchToken;
    this.clock = options.clock ?? systemClock;
    this.refreshBeforeMs = options.refreshBeforeMs ?? 60_000;
  }

  async get(): Promise<string> {
    if (this.current && this.clock.now() < this.current.renewAt) return this.current.token;
    this.pending ??= this.renew().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  /** Forget `token` if it is still the cached one (a newer token is kept). */
  invalidate(token: string): void {
    if (this.current?.token === token) this.current = null;
  }

  /** Sends with the cached token; on 401 sends once more with a fresh one. */
  async withToken<T extends { status: number }>(send: (token: string) => Promise<T>): Promise<T> {
    const token = await this.get();
    const reply = await send(token);
    if (reply.status !== 401) return reply;
    this.invalidate(token);
    return send(await this.get());
  }

  private async renew(): Promise<string> {
    const issuedAt = this.clock.now();
    const { accessToken, expiresInSec } = await this.fetchToken();
    const lifetimeMs = Math.max(0, expiresInSec * 1000);
    this.current = { token: accessToken, renewAt: issuedAt + lifetimeMs - Math.min(this.refreshBeforeMs, lifetimeMs / 2) };
    return accessToken;
  }
}
