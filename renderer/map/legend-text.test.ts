import { describe, expect, it } from 'vitest';
import { classBreaks } from './class-breaks.js';
import { classLabels } from './legend-text.js';

describe('legend class labels', () => {
  it('whole-number data reads as ranges of whole numbers within the data', () => {
    const breaks = classBreaks([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 3, 9], 'quantile', 5)!;
    expect(classLabels(breaks, 'vi-VN')).toEqual(['0', '1', '2–9']);
  });

  it('continuous data reads as limits, in the locale', () => {
    const breaks = classBreaks([0.5, 1.2, 2.5, 3.7, 4.1], 'manual', 3, [1.5, 3.5])!;
    expect(classLabels(breaks, 'vi-VN')).toEqual(['< 1,50', '1,50–3,50', '≥ 3,50']);
    expect(classLabels(breaks, 'en-GB')).toEqual(['< 1.50', '1.50–3.50', '≥ 3.50']);
  });

  it('large whole numbers are grouped', () => {
    const breaks = classBreaks([1200, 5400, 18000], 'manual', 3, [2000, 10000])!;
    expect(classLabels(breaks, 'vi-VN')).toEqual(['1.200–1.999', '2.000–9.999', '10.000–18.000']);
  });

  it('one class covers the data', () => {
    expect(classLabels(classBreaks([4, 4], 'quantile', 5)!, 'vi-VN')).toEqual(['4']);
    expect(classLabels(classBreaks([1.25, 1.25], 'equal', 5)!, 'vi-VN')).toEqual(['1,25']);
  });
});
