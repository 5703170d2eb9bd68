/** Timing helpers: warm up, run n times, report percentiles in milliseconds. */
export type Stats = { p50: number; p95: number; n: number };

export async function measure(fn: () => Promise<unknown>, n = 100, warmup = 10): Promise<Stats> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { p50: round(at(0.5)), p95: round(at(0.95)), n };
}

export const round = (v: number) => Math.round(v * 100) / 100;
