import { describe, expect, it } from 'vitest';
import { toDisplay, wallHeightToDisplay } from './ink.js';

describe('wall fractions on a display', () => {
  // The middle display of the top row of a 3 × 2 wall, 1920 × 1080.
  const viewport = { x: 1 / 3, y: 0, width: 1 / 3, height: 0.5 };

  it('puts the wall centre at the display bottom centre, and a point on another display outside it', () => {
    const [x0, y0] = toDisplay([0.5, 0.5], viewport, 1920, 1080);
    expect(x0).toBeCloseTo(960);
    expect(y0).toBeCloseTo(1080);
    const [x] = toDisplay([0.1, 0.25], viewport, 1920, 1080);
    expect(x).toBeLessThan(0);
  });

  it('scales a width given against the wall height by the display’s share of it', () => {
    expect(wallHeightToDisplay(0.01, viewport, 1080)).toBeCloseTo(21.6);
  });
});
