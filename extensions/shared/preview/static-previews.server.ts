// Static preview pages (extensions/shared/dist/previews/*.html) for opening straight in a browser:
// each surface with a few fixtures, views inlined, no server needed.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { PreviewSurface } from "../polaris-standin/preview-config";
import { viewFixture } from "../tracking-view/view-fixtures";
import { renderPreviewDocument } from "./render-preview.server";

export const STATIC_PREVIEW_FIXTURES = ["in-transit.en", "weather-delay.fr", "customs-hold.en", "failed-attempt.fr", "multi-shipment.en", "in-transit.ja"];
const SURFACES: PreviewSurface[] = ["order-status", "thank-you", "tracking-page"];

/** Writes the pages and an index linking them; returns the written file names. */
export function writeStaticPreviews(extensionsDir: string): string[] {
  const outDir = join(extensionsDir, "shared", "dist", "previews");
  mkdirSync(outDir, { recursive: true });
  const files: string[] = [];
  for (const fixture of STATIC_PREVIEW_FIXTURES) {
    const view = viewFixture(fixture);
    for (const surface of SURFACES) {
      const file = `${surface}.${fixture}.html`;
      writeFileSync(join(outDir, file), renderPreviewDocument({ surface, view, extensionsDir }));
      files.push(file);
    }
  }
  const links = files.map((file) => `<li><a href="${file}">${file.replace(/\.html$/, "")}</a></li>`).join("\n");
  writeFileSync(
    join(outDir, "index.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Porchlight shopper surface previews</title></head><body><h1>Porchlight shopper surface previews</h1><ul>\n${links}\n</ul></body></html>\n`,
  );
  return files;
}
