import { describe, expect, it } from 'vitest';
import { classBreaks, classOf } from './class-breaks.js';

describe('class breaks', () => {
  it('quantile: equal-count groups of the provinces', () => {
    const values = Array.from({ length: 20 }, (_, i) => i + 1); // 1 … 20
    const breaks = classBreaks(values, 'quantile', 4);
    expect(breaks?.thresholds).toEqual([6, 11, 16]);
    const counts = [0, 0, 0, 0];
    for (const value of values) counts[classOf(value, breaks!.thresholds)]!++;
    expect(counts).toEqual([5, 5, 5, 5]);
  });

  it('quantile over tied whole numbers drops the limits that would leave a class empty', () => {
    // Deaths per province on a quiet day: most 0, a few 1–3, one 9.
    const values = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 3, 9];
    const breaks = classBreaks(values, 'quantile', 5)!;
    expect(breaks.thresholds).toEqual([1, 2]);
    expect(breaks.whole).toBe(true);
    expect(values.map((v) => classOf(v, breaks.thresholds))).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 2]);
  });

  it('equal: intervals of equal width, whole-number limits for whole-number data', () => {
    expect(classBreaks([0, 10], 'equal', 5)?.thresholds).toEqual([2, 4, 6, 8]);
    expect(classBreaks([0, 7], 'equal', 3)?.thresholds).toEqual([3, 5]);
    const continuous = classBreaks([0.5, 2.5], 'equal', 4)!;
    expect(continuous.whole).toBe(false);
    expect(continuous.thresholds).toEqual([1, 1.5, 2]);
  });

  it('manual limits stand as given', () => {
    const breaks = classBreaks([1, 2, 3], 'manual', 4, [5, 10, 20])!;
    expect(breaks.thresholds).toEqual([5, 10, 20]);
    expect(classOf(1, breaks.thresholds)).toBe(0);
    expect(classOf(5, breaks.thresholds)).toBe(1);
    expect(classOf(25, breaks.thresholds)).toBe(3);
  });

  it('a flat or single figure is one class; no figures, no breaks', () => {
    expect(classBreaks([4, 4, 4], 'quantile', 5)?.thresholds).toEqual([]);
    expect(classBreaks([4], 'equal', 5)?.thresholds).toEqual([]);
    expect(classBreaks([], 'quantile', 5)).toBeNull();
  });

  it('a limit equals the lower bound of its class', () => {
    expect(classOf(6, [6, 11])).toBe(1);
    expect(classOf(5.999, [6, 11])).toBe(0);
    expect(classOf(-3, [])).toBe(0);
  });
});
