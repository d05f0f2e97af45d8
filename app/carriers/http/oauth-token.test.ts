import { describe, expect, it } from "vitest";
import { OAuthTokenCache } from "./oauth-token";
import { manualClock } from "./testing/manual-clock";

function issuer(expiresInSec: number) {
  let n = 0;
  const fetches: number[] = [];
  return {
    fetches,
    fetchToken: async () => {
      fetches.push(++n);
      await new Promise((r) => setTimeout(r, 5));
      return { accessToken: `t${n}`, expiresInSec };
    },
  };
}

describe("OAuthTokenCache", () => {
  it("shares one token request between concurrent callers and reuses the token", async () => {
    const clock = manualClock(0);
    const source = issuer(3_600);
    const cache = new OAuthTokenCache({ fetchToken: source.fetchToken, clock });
    expect(await Promise.all([cache.get(), cache.get(), cache.get()])).toEqual(["t1", "t1", "t1"]);
    clock.advance(3_000_000);
    expect(await cache.get()).toBe("t1");
    expect(source.fetches).toEqual([1]);
  });

  it("renews shortly before expiry (60 s by default, at most half the lifetime)", async () => {
    const clock = manualClock(0);
    const cache = new OAuthTokenCache({ fetchToken: issuer(3_600).fetchToken, clock });
    await cache.get();
    clock.advance(3_540_000 - 1);
    expect(await cache.get()).toBe("t1");
    clock.advance(1);
    expect(await cache.get()).toBe("t2");

    const short = new OAuthTokenCache({ fetchToken: issuer(60).fetchToken, clock });
    await short.get();
    clock.advance(29_999);
    expect(await short.get()).toBe("t1");
    clock.advance(1);
    expect(await short.get()).toBe("t2");
  });

  it("retries once with a fresh token on 401, and only once", async () => {
    const cache = new OAuthTokenCache({ fetchToken: issuer(3_600).fetchToken, clock: manualClock(0) });
    const seen: string[] = [];
    const reply = await cache.withToken(async (token) => {
      seen.push(token);
      return { status: token === "t1" ? 401 : 200 };
    });
    expect([reply.status, seen]).toEqual([200, ["t1", "t2"]]);

    const always: string[] = [];
    const denied = await cache.withToken(async (token) => {
      always.push(token);
      return { status: 401 };
    });
    expect([denied.status, always]).toEqual([401, ["t2", "t3"]]);
  });

  it("does not throw away a newer token when an older one is invalidated", async () => {
    const cache = new OAuthTokenCache({ fetchToken: issuer(3_600).fetchToken, clock: manualClock(0) });
    const first = await cache.get();
    cache.invalidate(first);
    const second = await cache.get();
    cache.invalidate(first);
    expect(await cache.get()).toBe(second);
  });

  it("lets a failed token request fail its callers and tries again next time", async () => {
    let fail = true;
    const cache = new OAuthTokenCache({
      clock: manualClock(0),
      fetchToken: async () => {
        if (fail) throw new Error("token endpoint down");
        return { accessToken: "fresh", expiresInSec: 3_600 };
      },
    });
    await expect(Promise.all([cache.get(), cache.get()])).rejects.toThrow("token endpoint down");
    fail = false;
    expect(await cache.get()).toBe("fresh");
  });
});
