import { describe, expect, it } from 'vitest';
import { optionShape } from './option-shape.js';

describe('optionShape', () => {
  it('is the same for new data in the same series and axes, and differs when a series or an axis comes or goes', () => {
    const base = { xAxis: { type: 'time' }, yAxis: [{ type: 'value' }], series: [{ type: 'line', data: [1, 2] }] };
    expect(optionShape({ ...base, series: [{ type: 'line', data: [1, 2, 3] }] })).toBe(optionShape(base));
    expect(optionShape({ ...base, series: [{ type: 'line' }, { type: 'line' }] })).not.toBe(optionShape(base));
    expect(optionShape({ ...base, yAxis: [{ type: 'value' }, { type: 'value' }] })).not.toBe(optionShape(base));
  });
});
