/**
 * Exponential backoff with "equal jitter": half of base·2^attempt is fixed, the other half random,
 * so retries always back off yet callers that failed together do not retry together.
 */
export function backoffMs(attempt: number, baseMs: number, maxMs: number, random: number): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** attempt);
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}
