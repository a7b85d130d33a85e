import type { Bounds } from '../../src/layout/panel-kinds/map.js';

/**
 * The camera that shows `bounds` whole and centred in a panel, in Web Mercator with 512-pixel tiles (as
 * MapLibre), computed here rather than by the map so that the tiles of a mosaic (one view spread over
 * several displays) agree exactly: each tile fits the bounds to the whole mosaic and then moves its centre
 * by its own offset from the mosaic's centre. Pure, so it is tested without a map.
 */
export interface Mosaic {
  columns: number;
  rows: number;
  column: number;
  row: number;
}

export interface Camera {
  center: [number, number];
  zoom: number;
}

export interface FitInput {
  bounds: Bounds;
  /** The panel's map area in CSS pixels. */
  width: number;
  height: number;
  /** Space kept free on each side, in pixels (room for the legend or the focus card). */
  padding?: { top: number; right: number; bottom: number; left: number };
  mosaic?: Mosaic;
  maxZoom?: number;
}

const TILE = 512;

export function fitCamera({ bounds, width, height, padding = { top: 0, right: 0, bottom: 0, left: 0 }, mosaic, maxZoom = 12 }: FitInput): Camera {
  const columns = mosaic?.columns ?? 1;
  const rows = mosaic?.rows ?? 1;
  // The whole mosaic, with the padding applied at its outer edges only.
  const totalWidth = width * columns;
  const totalHeight = height * rows;
  const innerWidth = Math.max(1, totalWidth - padding.left - padding.right);
  const innerHeight = Math.max(1, totalHeight - padding.top - padding.bottom);
  const [west, south, east, north] = bounds;
  const x0 = mercatorX(west);
  const x1 = mercatorX(east);
  const y0 = mercatorY(north);
  const y1 = mercatorY(south);
  const zoom = Math.min(maxZoom, Math.log2(Math.min(innerWidth / ((x1 - x0) * TILE), innerHeight / ((y1 - y0) * TILE))));
  const scale = TILE * 2 ** zoom;
  // Centre of the bounds, moved so the padded inner area (not the whole mosaic) is centred on it.
  let centreX = (x0 + x1) / 2 - (padding.left - padding.right) / 2 / scale;
  let centreY = (y0 + y1) / 2 - (padding.top - padding.bottom) / 2 / scale;
  if (mosaic) {
    // This tile's centre, in pixels from the mosaic's centre.
    centreX += ((mosaic.column - 0.5) * width - totalWidth / 2) / scale;
    centreY += ((mosaic.row - 0.5) * height - totalHeight / 2) / scale;
  }
  return { center: [lonOf(centreX), latOf(centreY)], zoom };
}

/** Mercator x in [0, 1) for a longitude. */
export function mercatorX(lon: number): number {
  return (lon + 180) / 360;
}

/** Mercator y in [0, 1) for a latitude (0 at the top). */
export function mercatorY(lat: number): number {
  const sin = Math.sin((lat * Math.PI) / 180);
  return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
}

function lonOf(x: number): number {
  return x * 360 - 180;
}

function latOf(y: number): number {
  return (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
}
