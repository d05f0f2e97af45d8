import { describe, expect, it } from "vitest";
import { createSandboxClient } from "./sandbox-client";
import { buildDemoWorld } from "./world";

describe("sandbox tracking client", () => {
  const world = buildDemoWorld(new Date("2026-11-24T12:00:00Z"), 40, 3);
  const [number, parcel] = [...world.parcels.entries()].find(([, p]) => p.scans.length > 3)!;

  it("answers only the scans that have happened by now, oldest first", async () => {
    const cut = parcel.scans[2].occurredAt;
    const client = createSandboxClient(world, () => cut);
    const [r] = await client.track([number]);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.tracking.events.map((e) => e.code)).toEqual(parcel.scans.slice(0, 3).map((s) => s.code));
      expect(r.tracking.events.every((e) => e.milestone === e.code.split(".")[0])).toBe(true);
    }
  });

  it("does not know numbers outside its world", async () => {
    const [r] = await createSandboxClient(world).track(["1Z000"]);
    expect(r).toMatchObject({ ok: false, error: { kind: "not_found" } });
  });
});
