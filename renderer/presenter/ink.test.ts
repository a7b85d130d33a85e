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

describe('a pointer’s name', () => {
  const surface = { width: 1920, height: 1080, textPx: 69 };
  it('goes to the right of the pointer, to its left near the right edge, and above it at the bottom', async () => {
    const { labelPlace } = await import('./draw.js');
    expect(labelPlace(500, 500, 60, 600, surface)).toEqual({ x: 596, y: 500, align: 'left' });
    expect(labelPlace(1700, 500, 60, 600, surface)).toEqual({ x: 1604, y: 500, align: 'right' });
    expect(labelPlace(500, 1075, 60, 600, surface).y).toBe(979);
  });
});
