// The carrier's own delivery estimate as it changes over a trip. The carrier only knows its
// standard transit time and the delays it has noticed so far (never the parcel's future), and
// some carriers round the wrong way now and then.
import { isoDay } from "../../tracking/eta/days";
import { isDeliveryDay } from "./calendar";
import type { CarrierProfile } from "./carriers";
import { chance, type Random } from "./rng";
import type { CarrierEta, EtaMoment } from "./types";

export interface EtaStreamInput {
  r: Random;
  carrier: CarrierProfile;
  international: boolean;
  destinationCountry: string;
  moments: readonly EtaMoment[];
  plannedDelivery: (knownDelayDays: number) => number;
  /** Windows in which the carrier publishes nothing. */
  silent: ReadonlyArray<readonly [number, number]>;
}

export function carrierEtaStream(input: EtaStreamInput): CarrierEta[] {
  const { r, carrier } = input;
  if (!(input.international ? carrier.eta.international : carrier.eta.domestic)) return [];
  const deliveryOk = (d: number) => isDeliveryDay(carrier.deliveryDays, input.destinationCountry, d);
  const stream: CarrierEta[] = [];
  let last: string | null | undefined;
  const moments = [...input.moments].sort((a, b) => a.t - b.t);
  for (const m of moments) {
    if (input.silent.some(([from, to]) => m.t > from && m.t < to)) continue;
    let eta: string | null;
    if (m.kind === "fixed") eta = m.eta;
    else {
      let day = input.plannedDelivery(m.knownDelayDays);
      if (chance(r, carrier.eta.noise)) {
        const step = chance(r, 0.6) ? 1 : -1;
        do day += step;
        while (!deliveryOk(day));
      }
      eta = isoDay(day);
    }
    if (eta === last) continue;
    stream.push({ at: new Date(Math.ceil(m.t / 60_000) * 60_000).toISOString(), eta });
    last = eta;
  }
  return stream;
}
