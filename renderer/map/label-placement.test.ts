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

describe('a label with other places to go', () => {
  it('takes the first of its places that is free, and says which', () => {
    const chosen = new Map<string, number>();
    const archipelago = { id: 'hoang-sa', x: 400, y: 100, width: 100, height: 40, priority: 1000, alternatives: [{ x: 400, y: 300 }, { x: 200, y: 300 }] };
    // A legend holds the top right: the name goes under the islands.
    const placed = placeLabels([archipelago], { width: 500, height: 500 }, [{ left: 300, top: 0, right: 500, bottom: 200 }], 4, chosen);
    expect(placed).toEqual(new Set(['hoang-sa']));
    expect(chosen.get('hoang-sa')).toBe(1);
  });

  it('is left out only when none of its places is free', () => {
    const archipelago = { id: 'hoang-sa', x: 400, y: 100, width: 100, height: 40, priority: 1000, alternatives: [{ x: 400, y: 300 }] };
    expect(placeLabels([archipelago], { width: 500, height: 500 }, [{ left: 300, top: 0, right: 500, bottom: 500 }])).toEqual(new Set());
  });
});
