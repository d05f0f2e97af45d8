// Failures of the transport, as values a client can tell apart. Carrier answers (not found,
// unauthorized, ...) are not here: those are bodies, read by each source's parser.

/** The request did not answer within its time budget (every attempt). */
export class RequestTimeoutError extends Error {
  readonly source: string;
  readonly timeoutMs: number;
  constructor(source: string, timeoutMs: number) {
    super(`${source}: no answer within ${timeoutMs} ms`);
    this.name = "RequestTimeoutError";
    this.source = source;
    this.timeoutMs = timeoutMs;
  }
}

/** The connection failed (refused, reset, DNS). */
export class NetworkError extends Error {
  readonly source: string;
  constructor(source: string, cause: unknown) {
    super(`${source}: network error (${cause instanceof Error ? cause.message : String(cause)})`, { cause });
    this.name = "NetworkError";
    this.source = source;
  }
}

/** The carrier kept answering 5xx after every retry. */
export class UpstreamStatusError extends Error {
  readonly source: string;
  readonly status: number;
  readonly body: string;
  constructor(source: string, status: number, body: string) {
    super(`${source}: HTTP ${status} after retries`);
    this.name = "UpstreamStatusError";
    this.source = source;
    this.status = status;
    this.body = body;
  }
}

/** The OAuth token endpoint refused our client credentials. */
export class TokenRequestError extends Error {
  readonly source: string;
  readonly status: number;
  readonly code: string;
  constructor(source: string, status: number, code: string, message: string) {
    super(`${source}: token request refused (HTTP ${status}, ${code}): ${message}`);
    this.name = "TokenRequestError";
    this.source = source;
    this.status = status;
    this.code = code;
  }
}

/** The carrier's circuit is open: we are not calling it until the cool-down ends. */
export class CircuitOpenError extends Error {
  readonly circuit: string;
  /** Epoch ms when a trial call will be let through. */
  readonly retryAt: number;
  constructor(circuit: string, retryAt: number) {
    super(`${circuit}: circuit open until ${new Date(retryAt).toISOString()}`);
    this.name = "CircuitOpenError";
    this.circuit = circuit;
    this.retryAt = retryAt;
  }
}

/** The carrier kept answering 429 (or asked us to wait longer than we wait). */
export class RateLimitedError extends Error {
  readonly source: string;
  constructor(source: string) {
    super(`${source}: rate limited (HTTP 429)`);
    this.name = "RateLimitedError";
    this.source = source;
  }
}
