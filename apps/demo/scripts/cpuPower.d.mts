// Types of cpuPower.mjs for the TypeScript test (the script itself is plain Node ESM).
export interface BenchmarkIndexSummary {
  median: number;
  min: number;
  max: number;
  runs: number;
}
export const CALIBRATED_BENCHMARK_INDEX: Readonly<{ min: number; max: number }>;
export function benchmarkIndexSummary(
  lhrs: ReadonlyArray<{ environment?: { benchmarkIndex?: unknown } }>,
): BenchmarkIndexSummary | undefined;
export function describeCpuPower(summary: BenchmarkIndexSummary | undefined, cpuSlowdown: number): string;
