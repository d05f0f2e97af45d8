// The sandbox carrier network as a tracking client: answers any carrier's parcels of the demo
// world with the scans that have happened by now, in Porchlight's event language. The demo
// plugs it in (useSandboxClient) so polling, alerts and predictions run as with real carriers.
import type { TrackingClient, TrackResult } from "../carriers/http/types";
import { codeInfo } from "../tracking/taxonomy";
import type { DemoWorld } from "./world";

export function createSandboxClient(world: DemoWorld, now: () => Date = () => new Date()): TrackingClient {
  return {
    source: "sandbox",
    async track(numbers: string[]): Promise<TrackResult[]> {
      const t = now().getTime();
      return numbers.map((trackingNumber): TrackResult => {
        const parcel = world.parcels.get(trackingNumber);
        if (!parcel) return { trackingNumber, ok: false, error: { kind: "not_found", message: "unknown to the sandbox network" } };
        const events = parcel.scans
          .filter((s) => s.occurredAt.getTime() <= t)
          .map((s) => {
            const info = codeInfo(s.code);
            return { occurredAt: s.occurredAt.toISOString(), utcOffset: s.utcOffset, code: s.code, milestone: info.milestone, pitfall: info.pitfall, location: s.location, rawCode: s.code, rawText: null };
          });
        return { trackingNumber, ok: true, tracking: { trackingNumber, events, eta: null, unmapped: [] } };
      });
    },
  };
}
