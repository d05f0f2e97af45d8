// Delivery days of one carrier in one country (its delivery weekdays, minus the country's
// network holidays), numbered so that "n delivery days later" is a subtraction.
import { dayNumber, weekdayOf } from "./days";
import { isHoliday } from "./holidays";

const FIRST = dayNumber(2015, 1, 1);
const LAST = dayNumber(2041, 1, 1);

export const MON_FRI = 0b0111110;

export class DeliveryCalendar {
  /** counts[i]: delivery days in FIRST..FIRST+i. */
  private readonly counts: Int32Array;
  /** days[k]: the delivery day with index k + 1. */
  private readonly days: Int32Array;

  constructor(weekdays: number, country: string) {
    this.counts = new Int32Array(LAST - FIRST);
    const days: number[] = [];
    let n = 0;
    for (let d = FIRST; d < LAST; d++) {
      if ((weekdays & (1 << weekdayOf(d))) !== 0 && !isHoliday(country, d)) {
        n++;
        days.push(d);
      }
      this.counts[d - FIRST] = n;
    }
    this.days = Int32Array.from(days);
  }

  /** Delivery days up to and including `day`: the index of `day` itself when it is one. */
  index(day: number): number {
    const i = day - FIRST;
    return this.counts[i < 0 ? 0 : i >= this.counts.length ? this.counts.length - 1 : i];
  }

  isDeliveryDay(day: number): boolean {
    return this.index(day) !== this.index(day - 1);
  }

  /** The delivery day with a given index. */
  day(index: number): number {
    const k = index - 1;
    return this.days[k < 0 ? 0 : k >= this.days.length ? this.days.length - 1 : k];
  }
}

const calendars = new Map<string, DeliveryCalendar>();

export function deliveryCalendar(weekdays: number, country: string): DeliveryCalendar {
  const key = `${weekdays}|${country}`;
  let calendar = calendars.get(key);
  if (!calendar) {
    calendar = new DeliveryCalendar(weekdays, country);
    calendars.set(key, calendar);
  }
  return calendar;
}
