// Tracking-number detection over tracking_number_data's test numbers (valid and invalid), as
// Shopify hands them over: raw strings, spaced and lower-cased as the data has them.
import { detectCarrier } from "../app/tracking/detect";
import { corpusNumbers } from "../app/tracking/detect/testing/tracking-number-data";
import { emit, throughput } from "./measure";

export async function run(): Promise<void> {
  const corpus = corpusNumbers();
  const { perSecond } = throughput(corpus, (number) => detectCarrier(number));
  emit({ bench: "detect", numbersPerSecond: perSecond, corpus: corpus.length, cores: 1 });
}
