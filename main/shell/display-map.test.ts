import { describe, expect, it } from 'vitest';
import { isThisPc, planDisplays, readingOrder, type DisplayMapping, type PhysicalMonitor } from './display-map.js';

const at = (id: number, x: number, y: number, width = 1920, height = 1080): PhysicalMonitor => ({ id, bounds: { x, y, width, height } });

// A 3 × 2 wall, listed by the OS in no useful order, with the rows a few pixels off as people drag them.
const wall = [at(16, 3840, 1082), at(11, 0, 0), at(15, 1920, 1080), at(13, 3840, 3), at(14, 0, 1079), at(12, 1920, 0)];

describe('readingOrder', () => {
  it('orders rows top to bottom, each row left to right, tolerating small offsets', () => {
    expect(readingOrder(wall).map((m) => m.id)).toEqual([11, 12, 13, 14, 15, 16]);
  });

  it('keeps a tall monitor beside a row from merging the rows below into it', () => {
    const monitors = [at(1, 0, 0, 1080, 2160), at(2, 1080, 0), at(3, 3000, 0), at(4, 1080, 1080), at(5, 3000, 1080)];
    expect(readingOrder(monitors).map((m) => m.id)).toEqual([1, 2, 3, 4, 5]);
  });

  it('handles monitors left of and above the primary (negative coordinates)', () => {
    expect(readingOrder([at(1, 0, 0), at(2, -1920, 0), at(3, 0, -1080)]).map((m) => m.id)).toEqual([3, 2, 1]);
  });
});

describe('planDisplays', () => {
  it('places displays by index in reading order, at the monitor bounds', () => {
    const mappings: DisplayMapping[] = ['main-1', 'main-2', 'main-3', 'main-4', 'main-5', 'main-6'].map((display, index) => ({ display, monitor: { index } }));
    const plan = planDisplays(mappings, 'wall-1', wall);
    expect(plan.unplaced).toEqual([]);
    expect(plan.placements).toEqual([
      { displayId: 'main-1', monitorId: 11, bounds: { x: 0, y: 0, width: 1920, height: 1080 } },
      { displayId: 'main-2', monitorId: 12, bounds: { x: 1920, y: 0, width: 1920, height: 1080 } },
      { displayId: 'main-3', monitorId: 13, bounds: { x: 3840, y: 3, width: 1920, height: 1080 } },
      { displayId: 'main-4', monitorId: 14, bounds: { x: 0, y: 1079, width: 1920, height: 1080 } },
      { displayId: 'main-5', monitorId: 15, bounds: { x: 1920, y: 1080, width: 1920, height: 1080 } },
      { displayId: 'main-6', monitorId: 16, bounds: { x: 3840, y: 1082, width: 1920, height: 1080 } },
    ]);
  });

  it('places displays by OS monitor id and by top-left position', () => {
    const plan = planDisplays(
      [
        { display: 'a', monitor: { id: 15 } },
        { display: 'b', monitor: { position: { x: 3840, y: 3 } } },
      ],
      'wall-1',
      wall,
    );
    expect(plan.placements).toEqual([
      { displayId: 'a', monitorId: 15, bounds: { x: 1920, y: 1080, width: 1920, height: 1080 } },
      { displayId: 'b', monitorId: 13, bounds: { x: 3840, y: 3, width: 1920, height: 1080 } },
    ]);
  });

  it('skips mappings that belong to another PC and keeps those of this one or of none', () => {
    const plan = planDisplays(
      [
        { display: 'mine', monitor: { index: 0 }, pc: 'WALL-1' },
        { display: 'theirs', monitor: { index: 1 }, pc: 'wall-2' },
        { display: 'anyone', monitor: { index: 1 } },
      ],
      'wall-1.ops.local',
      wall,
    );
    expect(plan.placements.map((p) => [p.displayId, p.monitorId])).toEqual([
      ['mine', 11],
      ['anyone', 12],
    ]);
    expect(plan.elsewhere).toEqual(['theirs']);
    expect(plan.unplaced).toEqual([]);
  });

  it('reports each display whose monitor is missing, saying what is connected', () => {
    const plan = planDisplays(
      [
        { display: 'a', monitor: { index: 0 } },
        { display: 'b', monitor: { index: 2 } },
        { display: 'c', monitor: { id: 99 } },
        { display: 'd', monitor: { position: { x: 5, y: 5 } } },
      ],
      'pc',
      [at(1, 0, 0), at(2, 1920, 0)],
    );
    expect(plan.placements.map((p) => p.displayId)).toEqual(['a']);
    expect(plan.unplaced).toEqual([
      { displayId: 'b', reason: 'no monitor at index 2: 2 connected (connected: #1 (1920×1080 at 0,0), #2 (1920×1080 at 1920,0))' },
      { displayId: 'c', reason: 'no monitor with id 99 (connected: #1 (1920×1080 at 0,0), #2 (1920×1080 at 1920,0))' },
      { displayId: 'd', reason: 'no monitor with its top-left corner at 5,5 (connected: #1 (1920×1080 at 0,0), #2 (1920×1080 at 1920,0))' },
    ]);
  });

  it('says so when no monitor is connected at all', () => {
    expect(planDisplays([{ display: 'a', monitor: { index: 0 } }], 'pc', []).unplaced).toEqual([{ displayId: 'a', reason: 'no monitor at index 0: 0 connected (no monitors are connected)' }]);
  });

  it('never puts two displays on one monitor, nor one display in two windows', () => {
    const plan = planDisplays(
      [
        { display: 'first', monitor: { index: 0 } },
        { display: 'second', monitor: { id: 1 } },
        { display: 'first', monitor: { index: 1 } },
      ],
      'pc',
      [at(1, 0, 0), at(2, 1920, 0)],
    );
    expect(plan.placements).toEqual([{ displayId: 'first', monitorId: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }]);
    expect(plan.unplaced).toEqual([
      { displayId: 'second', reason: 'monitor #1 (1920×1080 at 0,0) already shows display "first"' },
      { displayId: 'first', reason: 'display "first" is mapped twice; only its first mapping is used' },
    ]);
  });
});

describe('isThisPc', () => {
  it.each([
    [undefined, 'anything', true],
    ['wall-1', 'wall-1', true],
    ['WALL-1', 'wall-1', true],
    ['wall-1', 'wall-1.ops.local', true],
    ['wall-1.ops.local', 'WALL-1', true],
    ['wall-1.ops.local', 'wall-1.other.local', false],
    ['wall-1', 'wall-10', false],
    ['wall-2', 'wall-1', false],
  ])('pc %s on host %s → %s', (pc, host, expected) => {
    expect(isThisPc(pc, host)).toBe(expected);
  });
});
