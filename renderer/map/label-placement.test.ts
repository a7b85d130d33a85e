import { describe, expect, it } from 'vitest';
import { placeLabels } from './label-placement.js';

const label = (id: string, x: number, y: number, priority = 0) => ({ id, x, y, width: 100, height: 20, priority });

describe('label placement', () => {
  it('keeps the more important of two overlapping labels', () => {
    const placed = placeLabels([label('a', 100, 100, 1), label('b', 150, 105, 5)], { width: 500, height: 500 });
    expect([...placed]).toEqual(['b']);
  });

  it('keeps labels that do not touch, and drops those leaving the panel', () => {
    const placed = placeLabels([label('a', 100, 100), label('b', 300, 100), label('edge', 20, 100)], { width: 500, height: 500 });
    expect(placed).toEqual(new Set(['a', 'b']));
  });

  it('stays clear of the legend and the focus card', () => {
    const placed = placeLabels([label('a', 100, 100), label('b', 400, 400)], { width: 500, height: 500 }, [{ left: 300, top: 300, right: 500, bottom: 500 }]);
    expect(placed).toEqual(new Set(['a']));
  });

  it('is the same for the same input, whatever the order (ties broken by id)', () => {
    const input = [label('b', 100, 100), label('a', 120, 100)];
    expect(placeLabels(input, { width: 500, height: 500 })).toEqual(placeLabels([...input].reverse(), { width: 500, height: 500 }));
    expect([...placeLabels(input, { width: 500, height: 500 })]).toEqual(['a']);
  });
});
