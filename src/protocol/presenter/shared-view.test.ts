import { describe, expect, it } from 'vitest';
import { MAX_STROKE_POINTS, MAX_STROKES } from './view.js';
import { SharedView } from './shared-view.js';

const stroke = (id: string, points: [number, number][], done = false) => ({ type: 'stroke' as const, id, tool: 'pen' as const, colour: 'yellow' as const, width: 0.005, points, done, sentAt: 1 });

describe('SharedView', () => {
  it('grows a stroke from its messages, and only from the room that began it', () => {
    const view = new SharedView();
    view.apply('central', stroke('s-001', [[0.1, 0.1]]));
    view.apply('central', stroke('s-001', [[0.2, 0.2], [0.3, 0.3]], true));
    expect(view.apply('province', stroke('s-001', [[0.9, 0.9]]))).toBe(false);
    expect(view.state().strokes).toEqual([expect.objectContaining({ id: 's-001', room: 'central', done: true, points: [[0.1, 0.1], [0.2, 0.2], [0.3, 0.3]] })]);
    expect(view.apply('central', stroke('s-001', [[0.4, 0.4]]))).toBe(false);
  });

  it('keeps at most MAX_STROKES strokes (the oldest go) and MAX_STROKE_POINTS points a stroke', () => {
    const view = new SharedView();
    for (let i = 0; i < MAX_STROKES + 5; i += 1) view.apply('central', stroke(`s-${String(i).padStart(4, '0')}`, [[0, 0]], true));
    const { strokes } = view.state();
    expect(strokes).toHaveLength(MAX_STROKES);
    expect(strokes[0]!.id).toBe('s-0005');
    const long = new SharedView();
    for (let i = 0; i < 30; i += 1) long.apply('central', stroke('long', Array.from({ length: 100 }, () => [0.5, 0.5] as [number, number])));
    expect(long.state().strokes[0]!.points).toHaveLength(MAX_STROKE_POINTS);
  });

  it('clears, counts the clears, keeps the focus, and adopts another view whole', () => {
    const view = new SharedView();
    view.apply('central', stroke('s-001', [[0.1, 0.1]], true));
    view.apply('central', { type: 'focus', area: '22', sentAt: 1 });
    view.apply('central', { type: 'clear', sentAt: 2 });
    expect(view.state()).toEqual({ strokes: [], area: '22', clears: 1 });
    const other = new SharedView();
    other.apply('province', stroke('p-001', [[0.5, 0.5]], true));
    view.adopt(other.state());
    expect(view.state().strokes.map((s) => s.id)).toEqual(['p-001']);
    expect(view.focus()).toBeNull();
  });
});
