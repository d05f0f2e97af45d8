// `npm run bench -- normalize`: every registered parser over its fixtures (those it parses
// without error), repeatedly. One JSON line per source, then the total against the floor.
// eventsPerSecond times the normalizer's own work: JSON bodies are handed over already parsed
// (the parsers take text or parsed JSON), since JSON.parse is the runtime's and the same for
// every design; eventsPerSecondFromText includes it. XML and other text bodies are always text.
// eventsPerCpuSecond divides by the CPU time this process spent, which stays meaningful when
// other work shares the machine (wall-clock rates then drop with the load).
import { readFileSync } from "node:fs";
import { fixtureFiles } from "../app/carriers/fixture-files";
import { PARSERS, SOURCES } from "../app/carriers/registry";
import type { CarrierParser } from "../app/tracking/normalize";
import { emit, throughput } from "./measure";

const FLOOR = 200_000;

interface Item {
  parse: CarrierParser;
  body: unknown;
  text: string;
  events: number;
}

function eventCount(parse: CarrierParser, body: unknown): number | null {
  try {
    return parse(body).reduce((n, t) => n + t.events.length, 0);
  } catch {
    return null;
  }
}

function corpus(source: string): Item[] {
  const parse = PARSERS[source];
  const items: Item[] = [];
  for (const file of fixtureFiles(source)) {
    const text = readFileSync(file, "utf8");
    let body: unknown = text;
    if (file.endsWith(".json")) {
      try {
        body = JSON.parse(text);
      } catch {
        continue;
      }
    }
    const events = eventCount(parse, body);
    if (events !== null && eventCount(parse, text) === events) items.push({ parse, body, text, events });
  }
  return items;
}

/** measure.ts warms up one pass over a handful of fixtures; the JIT needs a few hundred. */
function warmUp(items: Item[], ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    for (const i of items) {
      i.parse(i.body);
      i.parse(i.text);
    }
  }
}

function rates(items: Item[], minMs: number) {
  warmUp(items, 300);
  const events = items.reduce((n, i) => n + i.events, 0);
  const perFixture = events / items.length;
  const cpuBefore = process.cpuUsage();
  const parsed = throughput(items, (i) => i.parse(i.body), minMs);
  const cpu = process.cpuUsage(cpuBefore);
  const fromText = throughput(items, (i) => i.parse(i.text), minMs);
  // throughput's warm-up pass is inside the CPU time but not in its total: a slight underestimate.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    fixtures: items.length,
    events,
    eventsPerSecond: Math.round(parsed.perSecond * perFixture),
    eventsPerCpuSecond: Math.round((parsed.total * perFixture) / cpuSeconds),
    eventsPerSecondFromText: Math.round(fromText.perSecond * perFixture),
  };
}

export async function run(): Promise<void> {
  const all: Item[] = [];
  for (const source of SOURCES) {
    const items = corpus(source);
    if (items.length === 0) {
      emit({ bench: "normalize", source, fixtures: 0, events: 0, eventsPerSecond: null });
      continue;
    }
    emit({ bench: "normalize", source, ...rates(items, 600) });
    all.push(...items);
  }
  const total = rates(all, 3000);
  emit({ bench: "normalize", sources: SOURCES.length, ...total, floor: FLOOR, pass: total.eventsPerSecond >= FLOOR });
}
