import { describe, expect, it } from 'vitest';
import { heightAtDistanceMm, legibleText, pictureHeightMm, viewingSchema } from './legibility.js';

const fiftyFiveInch = { diagonalIn: 55, resolution: { width: 1920, height: 1080 } };

describe('legibility from the farthest seat', () => {
  it('needs about 44 mm at 10 m for 15 arc-minutes', () => {
    expect(heightAtDistanceMm(10)).toBeCloseTo(43.6, 1);
    expect(heightAtDistanceMm(5)).toBeCloseTo(21.8, 1);
  });

  it('knows a 55-inch 16:9 picture is about 685 mm high', () => {
    expect(pictureHeightMm(fiftyFiveInch)).toBeCloseTo(684.9, 0);
  });

  it('gives 6.4 % of the height (about 69 px at 1080p) at 10 m, and half that for small print', () => {
    const text = legibleText({ monitor: fiftyFiveInch, farthestM: 10 });
    expect(text.minTextHeightVh).toBe(6.4);
    expect(text.minTextPx).toBeCloseTo(69, 0);
    expect(text.smallPrintHeightVh).toBe(3.2);
  });

  it('needs the same share of the height on a 4K monitor of the same size, and less on a larger one', () => {
    expect(legibleText({ monitor: { ...fiftyFiveInch, resolution: { width: 3840, height: 2160 } }, farthestM: 10 }).minTextHeightVh).toBe(6.4);
    expect(legibleText({ monitor: { ...fiftyFiveInch, diagonalIn: 98 }, farthestM: 10 }).minTextHeightVh).toBe(3.6);
  });

  it('refuses a viewing that cannot be right, naming the field', () => {
    const result = viewingSchema.safeParse({ monitor: { diagonalIn: 5, resolution: { width: 1920, height: 1080 } }, farthestM: 10 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['monitor', 'diagonalIn']);
  });
});
