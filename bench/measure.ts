// Shared timing for benchmarks: run `fn` over `items` repeatedly for at least `minMs`, report rate.
export function emit(record: Record<string, unknown>): void {
  process.stdout.write(JSON.stringify(record) + "\n");
}

export function throughput<T>(items: readonly T[], fn: (item: T) => unknown, minMs = 1500): { perSecond: number; total: number; ms: number } {
  for (let i = 0; i < Math.min(items.length, 2000); i++) fn(items[i]); // warm-up
  let total = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (const item of items) fn(item);
    total += items.length;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  return { perSecond: Math.round((total / elapsed) * 1000), total, ms: Math.round(elapsed) };
}
