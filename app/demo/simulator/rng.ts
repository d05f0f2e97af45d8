// Draws on top of the demo's seeded PRNG (app/demo/random.ts): per-shipment streams, weighted
// choice and the log-normal transit times.
import { seededRandom, type Random } from "../random";

export { seededRandom, type Random };

/** FNV-1a over the parts: a stable 32-bit seed for one shipment or one lane. */
export function hashSeed(...parts: Array<string | number>): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    const s = String(part);
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x7c;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function uniform(r: Random, lo: number, hi: number): number {
  return lo + r() * (hi - lo);
}

/** Standard normal (Box-Muller). */
export function normal(r: Random): number {
  const u = 1 - r();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r());
}

export function logNormal(r: Random, median: number, sigma: number): number {
  return median * Math.exp(sigma * normal(r));
}

export function chance(r: Random, p: number): boolean {
  return r() < p;
}

/** One item by weight; the weights need not sum to 1. */
export function weighted<T>(r: Random, items: ReadonlyArray<readonly [T, number]>): T {
  let total = 0;
  for (const [, w] of items) total += w;
  let x = r() * total;
  for (const [item, w] of items) if ((x -= w) < 0) return item;
  return items[items.length - 1][0];
}
