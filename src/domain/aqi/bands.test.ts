import { describe, expect, it } from 'vitest';
import { AQI_BANDS, aqiBand, type Rgb } from './bands.js';

// WCAG 2 relative luminance and contrast ratio.
const linear = (channel: number) => {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: Rgb) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
const contrast = (a: Rgb, b: Rgb) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('VN_AQI bands (Decision 1459/QĐ-TCMT, Table 1)', () => {
  it('has the six bands of the domain facts, with their names and colours', () => {
    expect(AQI_BANDS.map((band) => [band.min, band.max, band.vi, band.colourName.en, band.rgb.join(',')])).toEqual([
      [0, 50, 'Tốt', 'green', '0,228,0'],
      [51, 100, 'Trung bình', 'yellow', '255,255,0'],
      [101, 150, 'Kém', 'orange', '255,126,0'],
      [151, 200, 'Xấu', 'red', '255,0,0'],
      [201, 300, 'Rất xấu', 'purple', '143,63,151'],
      [301, 500, 'Nguy hại', 'brown', '126,0,35'],
    ]);
    expect(AQI_BANDS.map((band) => band.en)).toEqual(['Good', 'Moderate', 'Poor', 'Bad', 'Very bad', 'Hazardous']);
    expect(AQI_BANDS.map((band) => band.hex)).toEqual(['#00e400', '#ffff00', '#ff7e00', '#ff0000', '#8f3f97', '#7e0023']);
    for (const band of AQI_BANDS) expect(band.vi).toBe(band.vi.normalize('NFC'));
  });

  it('puts the band edges where the decision does', () => {
    expect(aqiBand(0).level).toBe('good');
    expect(aqiBand(50).level).toBe('good');
    expect(aqiBand(51).level).toBe('moderate');
    expect(aqiBand(100).level).toBe('moderate');
    expect(aqiBand(101).level).toBe('poor');
    expect(aqiBand(150).level).toBe('poor');
    expect(aqiBand(151).level).toBe('bad');
    expect(aqiBand(200).level).toBe('bad');
    expect(aqiBand(201).level).toBe('very-bad');
    expect(aqiBand(300).level).toBe('very-bad');
    expect(aqiBand(301).level).toBe('hazardous');
    expect(aqiBand(500).level).toBe('hazardous');
    expect(aqiBand(50.4).level).toBe('good');
    expect(aqiBand(50.5).level).toBe('moderate');
    expect(() => aqiBand(-1)).toThrow(RangeError);
    expect(() => aqiBand(Number.NaN)).toThrow(RangeError);
  });

  it('gives each band the more readable of black and white text, at least 4.5:1', () => {
    const black: Rgb = [0, 0, 0];
    const white: Rgb = [255, 255, 255];
    for (const band of AQI_BANDS) {
      const best = contrast(band.rgb, black) >= contrast(band.rgb, white) ? black : white;
      expect(band.textOnColour, band.level).toEqual(best);
      expect(contrast(band.rgb, band.textOnColour), band.level).toBeGreaterThanOrEqual(4.5);
    }
    expect(aqiBand(180).textOnColour).toEqual(black); // red: black 5.3:1 beats white 4.0:1
    expect(aqiBand(250).textOnColour).toEqual(white);
  });
});
