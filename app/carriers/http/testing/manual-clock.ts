// A clock the test moves: sleep() returns at once and moves time forward by what was asked, so
// backoffs, Retry-After waits, cool-downs and token lifetimes take no real time.
import type { Clock } from "../clock";

export interface ManualClock extends Clock {
  advance(ms: number): void;
  /** Every sleep asked for, in order. */
  sleeps: number[];
}

export function manualClock(start = Date.parse("2025-03-01T12:00:00Z"), random = () => 0.5): ManualClock {
  let now = start;
  const sleeps: number[] = [];
  return {
    now: () => now,
    random,
    sleeps,
    advance(ms) {
      now += ms;
    },
    async sleep(ms) {
      sleeps.push(ms);
      // Let work already queued (callbacks of a just-granted wait) run at the current time first.
      await Promise.resolve();
      now += Math.max(0, ms);
    },
  };
}
