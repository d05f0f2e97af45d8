/**
 * Shopify's ids are 64-bit; JSON.parse keeps only 53 bits. Integers of 16+ digits are quoted so
 * they reach us as exact strings (no Shopify amount or count is that long).
 */
export function quoteBigIntegers(json: string): string {
  return json.replace(/([:,\[]\s*)(-?\d{16,})(?=\s*[,}\]])/g, '$1"$2"');
}
