// What a Lighthouse score measured on this machine can be compared with.
//
// Simulated throttling multiplies the CPU time observed on the host by a constant
// (4× by default). Lighthouse's docs (docs/throttling.md, "Calibrating the CPU
// slowdown") say that constant turns a host in the high-end desktop bracket of its
// `benchmarkIndex` (1500–2000) into a mid-tier phone. On a slower host every
// simulated task is longer, so the same build scores lower; on a faster one, higher.
// Each report records the host's index (`lhr.environment.benchmarkIndex`), and
// the spread is large on shared VMs (1257–2798 seen here, even within one run), so
// the Lighthouse section states it beside the scores.
import { median } from '../../../tooling/bench/src/harness.mjs';

/** The host bracket Lighthouse's default 4× CPU slowdown is calibrated for. */
export const CALIBRATED_BENCHMARK_INDEX = Object.freeze({ min: 1500, max: 2000 });

/**
 * The host's CPU power over several Lighthouse runs: median, lowest and highest
 * `environment.benchmarkIndex`, rounded. Runs without a positive index (Lighthouse
 * could not measure one) are left out; `undefined` when none has one.
 *
 * @param {ReadonlyArray<{ environment?: { benchmarkIndex?: unknown } }>} lhrs
 * @returns {{ median: number, min: number, max: number, runs: number } | undefined}
 */
export function benchmarkIndexSummary(lhrs) {
  const values = lhrs
    .map((lhr) => lhr.environment?.benchmarkIndex)
    .filter((value) => typeof value === 'number' && Number.isFinite(value) && value > 0);
  if (values.length === 0) return undefined;
  return {
    median: Math.round(median(values)),
    min: Math.round(Math.min(...values)),
    max: Math.round(Math.max(...values)),
    runs: values.length,
  };
}

/**
 * One sentence for the report: the host's index and how it sits against the
 * bracket the CPU slowdown was calibrated for.
 *
 * @param {{ median: number, min: number, max: number, runs: number } | undefined} summary
 * @param {number} cpuSlowdown the multiplier the runs used (Lighthouse's default is 4)
 * @returns {string}
 */
export function describeCpuPower(summary, cpuSlowdown) {
  if (!summary) return 'Lighthouse recorded no CPU benchmark for this machine.';
  const { min: low, max: high } = CALIBRATED_BENCHMARK_INDEX;
  const range = summary.min === summary.max ? '' : `, range ${summary.min}–${summary.max}`;
  const measured = `Host CPU power (Lighthouse's \`benchmarkIndex\`): ${summary.median}, the median of ${summary.runs} run${summary.runs === 1 ? '' : 's'}${range}.`;
  if (cpuSlowdown !== 4) {
    return `${measured} These runs used a ${cpuSlowdown}× CPU slowdown; the ${low}–${high} bracket is the one for Lighthouse's default 4×, so it does not apply.`;
  }
  if (summary.median < low) {
    return `${measured} That is below the ${low}–${high} bracket Lighthouse's 4× CPU slowdown is calibrated for, so every simulated task comes out longer than on such a host and the scores lower.`;
  }
  if (summary.median > high) {
    return `${measured} That is above the ${low}–${high} bracket Lighthouse's 4× CPU slowdown is calibrated for, so every simulated task comes out shorter than on such a host and the scores higher.`;
  }
  return `${measured} That is inside the ${low}–${high} bracket Lighthouse's 4× CPU slowdown is calibrated for.`;
}
