import { describe, expect, it } from 'vitest';
import { DrawPacer } from './draw-pacer.js';

describe('DrawPacer', () => {
  it('never holds back a draw that costs a frame or less', () => {
    const pacer = new DrawPacer();
    expect(pacer.delay(0)).toBe(0);
    pacer.started(0);
    pacer.presented(16);
    expect(pacer.delay(17)).toBe(0);
  });

  it('spaces draws that cost most of a second, so that drawing takes half the time', () => {
    const pacer = new DrawPacer(0.5);
    pacer.started(1_000);
    pacer.presented(1_816.7);
    expect(pacer.drawCostMs).toBeCloseTo(800, 0);
    // The next draw may start 1.6 s after the last one began.
    expect(pacer.delay(1_900)).toBeCloseTo(700, 0);
    expect(pacer.delay(2_601)).toBe(0);
  });

  it('follows the cost as it changes, and ignores a second report for one draw', () => {
    const pacer = new DrawPacer(0.5);
    pacer.started(0);
    pacer.presented(416.7);
    pacer.presented(5_000);
    expect(pacer.drawCostMs).toBeCloseTo(400, 0);
    pacer.started(1_000);
    pacer.presented(1_016.7);
    expect(pacer.drawCostMs).toBeCloseTo(280, 0);
  });
});
