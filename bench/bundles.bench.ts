// Extension bundle sizes: builds every shipped bundle in memory (as `npm run build:extensions`
// does) and reports raw and gzipped bytes against each budget.
import { buildExtensions } from "../extensions/build";
import { emit } from "./measure";

export async function run(): Promise<void> {
  const reports = await buildExtensions({ write: false });
  for (const report of reports) {
    if (report.limitGzipBytes === null) continue;
    emit({
      bench: "bundles",
      bundle: report.bundle,
      bytes: report.bytes,
      gzipBytes: report.gzipBytes,
      limitGzipBytes: report.limitGzipBytes,
      pass: report.pass,
    });
  }
}
