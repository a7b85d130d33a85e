/**
 * Colour-blind-safe palettes for the map's classes, each a ramp of stops from the lowest class to the
 * highest, chosen for a dark map: the low end is never near-black (it must stand out from the land and the
 * hatched "no figure" provinces) and brightness rises with the value, so "more" reads as "brighter".
 * Sequential ramps are perceptually uniform (viridis family) or single-hue ColorBrewer ramps (safe for every
 * kind of colour vision deficiency); the diverging one (purple–orange, ColorBrewer PuOr) for changes.
 */
export const MAP_PALETTES = {
  /** Magma (viridis family), from its middle: default for counts of harm (deaths, fires). */
  magma: ['#51127c', '#6a1c81', '#832681', '#9c2e7f', '#b73779', '#d0416f', '#e75263', '#f56b5c', '#fc8961', '#fea772', '#fec488', '#fcdfa4'],
  viridis: ['#3b528b', '#33638d', '#2c728e', '#26828e', '#21918c', '#1fa088', '#28ae80', '#3fbc73', '#5ec962', '#84d44b', '#addc30', '#d8e219', '#fde725'],
  cividis: ['#39486b', '#575c6d', '#707173', '#8a8779', '#a69d75', '#c4b56c', '#e4cf5b', '#fee838'],
  /** ColorBrewer Oranges, dark to light (reversed for the dark map). */
  oranges: ['#7f2704', '#a63603', '#d94801', '#f16913', '#fd8d3c', '#fdae6b', '#fdd0a2'],
  /** ColorBrewer Blues, dark to light. */
  blues: ['#08306b', '#08519c', '#2171b5', '#4292c6', '#6baed6', '#9ecae1', '#c6dbef'],
  /** ColorBrewer Purple–Orange (diverging): low is purple, the middle light grey, high orange. */
  'purple-orange': ['#542788', '#8073ac', '#b2abd2', '#d8daeb', '#f0f0f0', '#fee0b6', '#fdb863', '#e08214', '#b35806'],
} as const satisfies Record<string, readonly string[]>;

export type MapPaletteName = keyof typeof MAP_PALETTES;
export const MAP_PALETTE_NAMES = Object.keys(MAP_PALETTES) as [MapPaletteName, ...MapPaletteName[]];

export type Rgb = [number, number, number];

function rgbOf(hex: string): Rgb {
  return [Number.parseInt(hex.slice(1, 3), 16), Number.parseInt(hex.slice(3, 5), 16), Number.parseInt(hex.slice(5, 7), 16)];
}

/**
 * `classes` colours sampled evenly along the palette's ramp (interpolated in RGB between stops). One class
 * takes the ramp's upper middle, so a lone class is neither the darkest nor the brightest.
 */
export function paletteColours(name: MapPaletteName, classes: number): Rgb[] {
  const stops = MAP_PALETTES[name].map(rgbOf);
  if (classes <= 1) return [sample(stops, 0.66)];
  return Array.from({ length: classes }, (_, i) => sample(stops, i / (classes - 1)));
}

function sample(stops: readonly Rgb[], t: number): Rgb {
  const position = t * (stops.length - 1);
  const low = Math.floor(position);
  const high = Math.min(stops.length - 1, low + 1);
  const f = position - low;
  const a = stops[low]!;
  const b = stops[high]!;
  return [Math.round(a[0] + (b[0] - a[0]) * f), Math.round(a[1] + (b[1] - a[1]) * f), Math.round(a[2] + (b[2] - a[2]) * f)];
}
