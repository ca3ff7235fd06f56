import { describe, expect, it } from 'vitest';

import { benchmarkIndexSummary, describeCpuPower } from '../../scripts/cpuPower.mjs';

const run = (benchmarkIndex: unknown) => ({ environment: { benchmarkIndex } });

describe('benchmarkIndexSummary', () => {
  it('takes the median, lowest and highest index of the runs, rounded', () => {
    expect(benchmarkIndexSummary([run(1661.5), run(1399), run(1585.4)])).toEqual({
      median: 1585,
      min: 1399,
      max: 1662,
      runs: 3,
    });
  });

  it('averages the two middle runs of an even count', () => {
    expect(benchmarkIndexSummary([run(1400), run(1800), run(1500), run(1700)])?.median).toBe(1600);
  });

  it('leaves out runs without a usable index, and has nothing to say when none has one', () => {
    expect(benchmarkIndexSummary([run(0), run(undefined), run('1500'), run(Number.NaN), run(1720)])).toEqual({
      median: 1720,
      min: 1720,
      max: 1720,
      runs: 1,
    });
    expect(benchmarkIndexSummary([{}, run(-3)])).toBeUndefined();
    expect(benchmarkIndexSummary([])).toBeUndefined();
  });
});

describe('describeCpuPower', () => {
  const summary = (median: number, min = median, max = median) => ({ median, min, max, runs: 5 });

  it('says a slower host than the calibrated bracket makes the scores lower', () => {
    const text = describeCpuPower(summary(1399, 1300, 1500), 4);
    expect(text).toContain('1399, the median of 5 runs, range 1300–1500');
    expect(text).toContain('below the 1500–2000 bracket');
    expect(text).toContain('scores lower');
  });

  it('says a faster host makes them higher, and a host inside the bracket is the calibrated case', () => {
    expect(describeCpuPower(summary(2745), 4)).toContain('above the 1500–2000 bracket');
    expect(describeCpuPower(summary(2745), 4)).toContain('scores higher');
    expect(describeCpuPower(summary(2745), 4)).not.toContain('range');
    expect(describeCpuPower(summary(1500), 4)).toContain('inside the 1500–2000 bracket');
    expect(describeCpuPower(summary(2000), 4)).toContain('inside');
  });

  it('does not apply the bracket to another CPU slowdown (the desktop preset runs at 1×)', () => {
    const text = describeCpuPower(summary(1399), 1);
    expect(text).toContain('1× CPU slowdown');
    expect(text).toContain('does not apply');
    expect(text).not.toContain('below');
  });

  it('says when no run recorded an index', () => {
    expect(describeCpuPower(undefined, 4)).toBe('Lighthouse recorded no CPU benchmark for this machine.');
  });
});
