/** Times as the median of several runs in one process, after one warm-up run. */
import { performance } from "node:perf_hooks";
import { formatNumber } from "../src/core/words/format";

export async function medianMs(fn: () => unknown, runs = 7): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/** `8,4 ms`, `132 ms`, `1.204 ms` (the project's id-ID notation). */
export const ms = (value: number): string => `${formatNumber(value, value < 10 ? 1 : 0)} ms`;
