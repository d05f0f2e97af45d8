// `npm run build:extensions`: bundles every extension with esbuild the way Shopify CLI 3.x does
// for UI extensions (a generated entry that calls `shopify.extend(target, <default export>)`,
// bundled, minified, legal comments dropped, process.env.NODE_ENV defined), plus the storefront
// island and the preview runtime. Writes extensions/*/dist/, the theme asset and static preview
// pages, and reports sizes.
import { build, type BuildOptions } from "esbuild";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { BUNDLES, type BundleSpec } from "./bundles";
import { writeStaticPreviews } from "./shared/preview/static-previews.server";

export const EXTENSIONS_DIR = dirname(fileURLToPath(import.meta.url));

export interface BundleReport {
  bundle: string;
  bytes: number;
  gzipBytes: number;
  limitGzipBytes: number | null;
  pass: boolean;
  outfile: string;
  contents: Uint8Array;
}

/** PORCHLIGHT_APP_URL, SHOPIFY_APP_URL, or shopify.app.toml's application_url. */
export function resolveAppUrl(env: Record<string, string | undefined> = process.env): string {
  const fromEnv = env.PORCHLIGHT_APP_URL || env.SHOPIFY_APP_URL;
  if (fromEnv) return fromEnv.replace(/\/+$/, "");
  try {
    const toml = readFileSync(join(EXTENSIONS_DIR, "..", "shopify.app.toml"), "utf8");
    const match = /^application_url\s*=\s*"([^"]+)"/m.exec(toml);
    if (match) return match[1].replace(/\/+$/, "");
  } catch {
    // No app config: fall through to the placeholder the code itself uses.
  }
  return "https://porchlight.example.com";
}

function esbuildOptions(spec: BundleSpec, appUrl: string): BuildOptions {
  const entry = join(EXTENSIONS_DIR, spec.entry);
  const common: BuildOptions = {
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    legalComments: "none",
    platform: "browser",
    format: "iife",
    outfile: join(EXTENSIONS_DIR, spec.outfile),
    jsx: "automatic",
    jsxImportSource: "preact",
    alias: { react: "preact/compat", "react-dom": "preact/compat" },
    define: {
      "process.env.NODE_ENV": JSON.stringify("production"),
      __PORCHLIGHT_APP_URL__: JSON.stringify(appUrl),
    },
    logLevel: "silent",
  };
  if (!spec.target) return { ...common, entryPoints: [entry], target: "es2018" };
  const extensionDir = resolve(entry, "..", "..");
  const module = `./${entry.slice(extensionDir.length + 1).replaceAll("\\", "/")}`;
  return {
    ...common,
    target: "es6",
    stdin: {
      contents: `import Target_0 from '${module}'; shopify.extend('${spec.target}', (...args) => Target_0(...args));`,
      resolveDir: extensionDir,
      sourcefile: "porchlight-extension-entry.js",
      loader: "js",
    },
  };
}

export async function buildBundle(spec: BundleSpec, options: { write: boolean; appUrl?: string }): Promise<BundleReport> {
  const result = await build(esbuildOptions(spec, options.appUrl ?? resolveAppUrl()));
  const output = result.outputFiles?.find((file) => file.path.endsWith(".js"));
  if (!output) throw new Error(`esbuild produced no JavaScript for ${spec.name}`);
  const outfile = join(EXTENSIONS_DIR, spec.outfile);
  if (options.write) {
    mkdirSync(dirname(outfile), { recursive: true });
    writeFileSync(outfile, output.contents);
    writeFileSync(outfile.replace(/\.js$/, ".metafile.json"), JSON.stringify(result.metafile));
    if (spec.copyTo) copyFileSync(outfile, join(EXTENSIONS_DIR, spec.copyTo));
  }
  const gzipBytes = gzipSync(output.contents, { level: 9 }).length;
  return {
    bundle: spec.name,
    bytes: output.contents.length,
    gzipBytes,
    limitGzipBytes: spec.limitGzipBytes,
    pass: spec.limitGzipBytes === null || gzipBytes <= spec.limitGzipBytes,
    outfile,
    contents: output.contents,
  };
}

export async function buildExtensions(options: { write: boolean; appUrl?: string } = { write: true }): Promise<BundleReport[]> {
  return Promise.all(BUNDLES.map((spec) => buildBundle(spec, options)));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const reports = await buildExtensions({ write: true });
  for (const report of reports) {
    const limit = report.limitGzipBytes === null ? "no limit" : `limit ${report.limitGzipBytes}`;
    process.stdout.write(`${report.pass ? "ok  " : "FAIL"} ${report.bundle}: ${report.bytes} B, ${report.gzipBytes} B gzipped (${limit})\n`);
  }
  if (reports.some((report) => !report.pass)) process.exit(1);
  const previews = writeStaticPreviews(EXTENSIONS_DIR);
  process.stdout.write(`${previews.length} static previews in extensions/shared/dist/previews/\n`);
}
