// Shared measuring primitives. Absolute times on a shared 2-core machine are
// noise, so every suite runs its alternatives interleaved in the same rounds
// and reports medians plus the median of per-round ratios (two alternatives
// timed back to back see the same machine load).

import { performance } from 'node:perf_hooks';

/**
 * @typedef {object} Alternative
 * @property {string} name
 * @property {() => unknown} run One operation (for example one pass over every case).
 */

/**
 * @typedef {object} RoundsResult
 * @property {Record<string, number[]>} samples Nanoseconds per operation, one entry per round.
 * @property {Record<string, number>} medians Median nanoseconds per operation.
 */

/** @param {readonly number[]} values */
export function median(values) {
  return percentile(values, 0.5);
}

/**
 * Nearest-rank-free percentile (linear interpolation between the two closest ranks).
 * @param {readonly number[]} values
 * @param {number} p between 0 and 1
 */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * p;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

/**
 * Median over rounds of `numerator[i] / denominator[i]`: each ratio compares
 * two samples taken seconds apart, under the same load.
 * @param {readonly number[]} numerator
 * @param {readonly number[]} denominator
 */
export function medianRatio(numerator, denominator) {
  return median(numerator.map((value, index) => value / denominator[index]));
}

/** @param {number} iterations @param {() => unknown} run @returns {number} ns per call */
function timeLoop(iterations, run) {
  const started = performance.now();
  for (let index = 0; index < iterations; index++) run();
  return ((performance.now() - started) * 1e6) / iterations;
}

/**
 * Runs synchronous alternatives in interleaved rounds. Each alternative gets
 * its own iteration count (calibrated so one sample lasts about `sampleMs`),
 * the order rotates every round so none always runs first after a GC, and a
 * warm-up lets V8 optimise every path before anything is recorded.
 *
 * @param {readonly Alternative[]} alternatives
 * @param {{ rounds?: number, sampleMs?: number, warmupMs?: number }} [options]
 * @returns {RoundsResult}
 */
export function interleavedRounds(alternatives, { rounds = 11, sampleMs = 25, warmupMs = 300 } = {}) {
  /** @type {Map<string, number>} */
  const iterations = new Map();
  for (const alternative of alternatives) {
    const deadline = performance.now() + warmupMs;
    let calls = 0;
    while (performance.now() < deadline) {
      alternative.run();
      calls++;
    }
    const nsPerCall = (warmupMs * 1e6) / Math.max(calls, 1);
    iterations.set(alternative.name, Math.max(1, Math.round((sampleMs * 1e6) / nsPerCall)));
  }
  /** @type {Record<string, number[]>} */
  const samples = Object.fromEntries(alternatives.map((alternative) => [alternative.name, []]));
  for (let round = 0; round < rounds; round++) {
    for (let offset = 0; offset < alternatives.length; offset++) {
      const alternative = alternatives[(round + offset) % alternatives.length];
      samples[alternative.name].push(timeLoop(iterations.get(alternative.name) ?? 1, alternative.run));
    }
  }
  const medians = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
  return { samples, medians };
}

/**
 * Formats nanoseconds with a unit people read at a glance.
 * @param {number} ns
 */
export function formatDuration(ns) {
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(2)} µs`;
  return `${ns.toFixed(0)} ns`;
}

/** @param {number} ratio */
export function formatRatio(ratio) {
  return `${ratio.toFixed(2)}×`;
}
