import type { InkColour } from '../../src/protocol/presenter/view.js';
import type { Viewport } from '../../src/protocol/wall/session.js';

/** The inks on the dark wall: Okabe–Ito, the darker two lightened; every stroke also gets a dark halo. */
export const INK: Record<InkColour, string> = {
  yellow: '#F0E442',
  orange: '#E69F00',
  sky: '#56B4E9',
  green: '#2BD4A4',
  white: '#FFFFFF',
  vermillion: '#FF7A3D',
};

export const INK_NAMES: Record<InkColour, { vi: string; en: string }> = {
  yellow: { vi: 'Vàng', en: 'Yellow' },
  orange: { vi: 'Cam', en: 'Orange' },
  sky: { vi: 'Xanh da trời', en: 'Sky blue' },
  green: { vi: 'Xanh lục', en: 'Green' },
  white: { vi: 'Trắng', en: 'White' },
  vermillion: { vi: 'Đỏ cam', en: 'Vermillion' },
};

/** A point of the wall (fractions) in a display's pixels, given the display's part of the wall. */
export function toDisplay([x, y]: readonly [number, number], viewport: Viewport, width: number, height: number): [number, number] {
  return [((x - viewport.x) / viewport.width) * width, ((y - viewport.y) / viewport.height) * height];
}

/** A length given as a fraction of the wall's height, in a display's pixels. */
export function wallHeightToDisplay(fraction: number, viewport: Viewport, height: number): number {
  return (fraction / viewport.height) * height;
}
