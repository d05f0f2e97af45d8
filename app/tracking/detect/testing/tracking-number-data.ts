// Test and benchmark support (not app code): reads tracking_number_data's courier JSON files
// from the shared data folder beside the repository.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export interface DataDefinition {
  /** The data's id, or its name when it has none. */
  key: string;
  id?: string;
  name: string;
  courierCode: string;
  file: string;
  valid: string[];
  invalid: string[];
  raw: Record<string, unknown>;
}

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..");
export const dataDir = join(repoRoot, "..", "shared", "data", "tracking_number_data");

export function readCourierFile(file: string): { courier_code: string; tracking_numbers: Record<string, unknown>[] } {
  return JSON.parse(readFileSync(join(dataDir, file), "utf8"));
}

export function loadDefinitions(): DataDefinition[] {
  const files = readdirSync(dataDir).filter((f) => f.endsWith(".json")).sort();
  return files.flatMap((file) => {
    const courier = readCourierFile(file);
    return courier.tracking_numbers.map((t) => {
      const tests = t.test_numbers as { valid: string[]; invalid: string[] };
      const id = typeof t.id === "string" ? t.id : undefined;
      const name = String(t.name);
      return { key: id ?? name, id, name, courierCode: courier.courier_code, file, valid: tests.valid, invalid: tests.invalid, raw: t };
    });
  });
}

/** Every test number of the data, valid and invalid, in file order. */
export function corpusNumbers(): string[] {
  return loadDefinitions().flatMap((d) => [...d.valid, ...d.invalid]);
}
