// The bundles `npm run build:extensions` produces, with their size budgets (gzipped bytes).
// Paths are relative to this folder (extensions/).
export interface BundleSpec {
  name: string;
  /** Source module, or for UI extensions the module the generated entry imports. */
  entry: string;
  outfile: string;
  /** UI extensions are wrapped the way Shopify CLI does: `shopify.extend(target, default export)`. */
  target?: string;
  /** Theme assets must live in the extension's assets/ folder to be deployed. */
  copyTo?: string;
  limitGzipBytes: number | null;
}

export const BUNDLES: readonly BundleSpec[] = [
  {
    name: "order-status-block",
    entry: "order-status-block/src/index.tsx",
    outfile: "order-status-block/dist/order-status-block.js",
    target: "customer-account.order-status.block.render",
    limitGzipBytes: 20_000,
  },
  {
    name: "thank-you-block",
    entry: "thank-you-block/src/index.tsx",
    outfile: "thank-you-block/dist/thank-you-block.js",
    target: "purchase.thank-you.block.render",
    limitGzipBytes: 20_000,
  },
  {
    name: "tracking-page",
    entry: "tracking-page/src/main.tsx",
    outfile: "tracking-page/dist/porchlight-track.js",
    copyTo: "tracking-page/assets/porchlight-track.js",
    limitGzipBytes: 15_000,
  },
  {
    name: "polaris-standin",
    entry: "shared/polaris-standin/runtime.ts",
    outfile: "shared/dist/polaris-standin.js",
    limitGzipBytes: null,
  },
];

export function bundleSpec(name: string): BundleSpec {
  const spec = BUNDLES.find((bundle) => bundle.name === name);
  if (!spec) throw new Error(`unknown bundle ${name}`);
  return spec;
}
