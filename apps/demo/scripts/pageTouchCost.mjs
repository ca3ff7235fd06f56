// What a page load pays on this host for memory, which Lighthouse's CPU benchmark
// does not see.
//
// `benchmarkIndex` (cpuPower.mjs) times a JavaScript loop. A page load also maps
// fresh memory: the renderer of the demo's Arabic pricing page takes ~13 000
// minor page faults. On some VM kinds the first write to a fresh page is slow
// (13–15 µs per 4 KiB page measured on 2026-11-28, against 0.02–0.09 µs for
// writing it again), and simulated throttling multiplies that time by its CPU
// slowdown like any other. Hosts that differ here give the same build different
// scores even at the same benchmarkIndex, so the Lighthouse section states it.
import { median } from '../../../tooling/bench/src/harness.mjs';

/** The unit of the figures: 4 KiB, the x86-64 and most arm64 Linux page size. */
export const PAGE_BYTES = 4096;

/**
 * Times the first write to each 4 KiB page of freshly allocated memory, then a
 * second write to the same pages, over several rounds.
 *
 * Each round allocates its own buffer outside the JavaScript heap, large enough
 * (≥ 1 MiB) that the allocator maps it from the kernel rather than reusing heap
 * it already holds, so every page is written for the first time.
 *
 * @param {{ mebibytes?: number, rounds?: number }} [options] size of each round's
 *   buffer (1–1024 MiB, default 64) and number of rounds (1–20, default 5)
 * @returns {{ firstTouchMicros: number, retouchMicros: number, pages: number, rounds: number }}
 *   medians in microseconds per page
 * @throws {RangeError} when an option is not a whole number in its range
 */
export function measurePageTouchCost({ mebibytes = 64, rounds = 5 } = {}) {
  wholeNumberIn('mebibytes', mebibytes, 1, 1024);
  wholeNumberIn('rounds', rounds, 1, 20);
  const bytes = mebibytes * 1024 * 1024;
  const pages = bytes / PAGE_BYTES;
  const first = [];
  const again = [];
  for (let round = 0; round < rounds; round += 1) {
    // allocUnsafeSlow: no zero-fill by Node, which would touch every page before the timer starts.
    const buffer = Buffer.allocUnsafeSlow(bytes);
    first.push(writeEveryPage(buffer, 1) / pages);
    again.push(writeEveryPage(buffer, 2) / pages);
  }
  return { firstTouchMicros: median(first), retouchMicros: median(again), pages, rounds };
}

/** Writes one byte per page; returns the microseconds it took. */
function writeEveryPage(buffer, value) {
  const started = performance.now();
  for (let offset = 0; offset < buffer.length; offset += PAGE_BYTES) buffer[offset] = value;
  return (performance.now() - started) * 1000;
}

function wholeNumberIn(name, value, min, max) {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(
      `measurePageTouchCost: ${name} must be a whole number from ${min} to ${max}, got ${typeof value === 'string' ? JSON.stringify(value) : String(value)}.`,
    );
  }
}

/**
 * One sentence for the report.
 *
 * @param {{ firstTouchMicros: number, retouchMicros: number, pages: number, rounds: number }} cost
 * @returns {string}
 */
export function describePageTouchCost(cost) {
  const micros = (value) => (value >= 1 ? value.toFixed(1) : value.toFixed(2));
  return (
    `Host memory: the first write to a fresh 4 KiB page took ${micros(cost.firstTouchMicros)} µs ` +
    `and writing it again ${micros(cost.retouchMicros)} µs (medians of ${cost.rounds} round${cost.rounds === 1 ? '' : 's'} ` +
    `of ${cost.pages} pages). Lighthouse's CPU benchmark does not measure this; a page load pays it ` +
    `for every page of memory it maps, and simulated throttling multiplies that time too.`
  );
}
