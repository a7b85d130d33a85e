import type { ReportShape } from '../../src/protocol/feed/records.js';

/**
 * The shapes the simulator puts on warnings (feed protocol: report.shape): a storm's track with its
 * forecast part and the forecast cone, and zones around a place (a flood, a landslide). Coordinates are
 * [longitude, latitude] rounded to 3 decimals (about 100 m), as a backend would send them.
 */
type Position = [number, number];

const KM_PER_DEGREE = 111.32;
const round = (value: number) => Math.round(value * 1000) / 1000;

/** A storm's track: positions every `stepH` hours from issue to `nowH`, then forecast ones to `endH`. */
export function stormTrack(positionAt: (hours: number) => { lat: number; lon: number }, nowH: number, endH: number, stepH = 6): NonNullable<ReportShape['track']> {
  const past: Position[] = [];
  for (let h = 0; h < nowH; h += stepH) past.push(point(positionAt(h)));
  past.push(point(positionAt(nowH)));
  const forecast: Position[] = [];
  for (let h = nowH + stepH; h < endH + stepH; h += stepH) forecast.push(point(positionAt(Math.min(h, endH))));
  const coordinates = [...past, ...forecast];
  return forecast.length > 0 ? { type: 'LineString', coordinates, forecastFrom: past.length } : { type: 'LineString', coordinates };
}

/**
 * The forecast cone: the hull of circles around the current and forecast positions, widening with the
 * lead time (the forecast's error grows about 20 km every 6 hours from 60 km now).
 */
export function stormCone(positionAt: (hours: number) => { lat: number; lon: number }, nowH: number, endH: number, stepH = 6): NonNullable<ReportShape['zone']> {
  const points: Position[] = [];
  for (let h = nowH; h <= endH; h += stepH) points.push(...circle(positionAt(h), 60 + ((h - nowH) / 6) * 20, 16));
  points.push(...circle(positionAt(endH), 60 + ((endH - nowH) / 6) * 20, 16));
  return { type: 'Polygon', coordinates: [close(convexHull(points))] };
}

/** A zone around a place: a rough disc of `radiusKm`, its edge wavering by `wobble` (0–1) as `next` draws. */
export function zoneAround(centre: { lat: number; lon: number }, radiusKm: number, next: () => number, wobble = 0.3, vertices = 20): NonNullable<ReportShape['zone']> {
  const ring: Position[] = [];
  for (let i = 0; i < vertices; i++) {
    const angle = (i / vertices) * 2 * Math.PI;
    const r = radiusKm * (1 - wobble / 2 + wobble * next());
    ring.push(offset(centre, r, angle));
  }
  return { type: 'Polygon', coordinates: [close(ring)] };
}

function point({ lat, lon }: { lat: number; lon: number }): Position {
  return [round(lon), round(lat)];
}

function offset(centre: { lat: number; lon: number }, km: number, angle: number): Position {
  const dLat = (km * Math.sin(angle)) / KM_PER_DEGREE;
  const dLon = (km * Math.cos(angle)) / (KM_PER_DEGREE * Math.cos((centre.lat * Math.PI) / 180));
  return [round(centre.lon + dLon), round(centre.lat + dLat)];
}

function circle(centre: { lat: number; lon: number }, km: number, vertices: number): Position[] {
  return Array.from({ length: vertices }, (_, i) => offset(centre, km, (i / vertices) * 2 * Math.PI));
}

function close(ring: Position[]): Position[] {
  return [...ring, ring[0]!];
}

/** Andrew's monotone chain; counter-clockwise, without the closing point. */
export function convexHull(points: readonly Position[]): Position[] {
  const sorted = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const cross = (o: Position, a: Position, b: Position) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: Position[] = [];
  for (const p of sorted) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: Position[] = [];
  for (let i = sorted.length - 1; i >= 0; i--) {
    const p = sorted[i]!;
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, p) <= 0) upper.pop();
    upper.push(p);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}
