import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNITS_34, UNITS_63 } from '../../src/domain/areas/units.data.js';
import { HAND_MADE_ISLANDS } from './islands.js';

type Ring = [number, number][];
interface Feature {
  properties: { code: string; name: string; label?: [number, number] };
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}
const load = (file: string) => (JSON.parse(readFileSync(join(import.meta.dirname, file), 'utf8')) as { features: Feature[] }).features;
const units63 = load('units63.geojson');
const units34 = load('units34.geojson');
const neighbours = load('neighbours.geojson');

/** Even-odd ray casting over every ring (holes included). */
function contains(feature: Feature, [lon, lat]: [number, number]): boolean {
  const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  return polygons.some((rings) => {
    let inside = false;
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]!;
        const [xj, yj] = ring[j]!;
        if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
    return inside;
  });
}
const holder = (features: Feature[], point: [number, number]) => features.filter((f) => contains(f, point)).map((f) => f.properties.code);

const WOODY_ISLAND: [number, number] = [112.34, 16.83];
const SPRATLY_ISLAND: [number, number] = [111.92, 8.64];

describe('the generated geodata (npm run geo)', () => {
  it('has exactly the 63 and the 34 units of src/domain/areas, with their official names', () => {
    expect(units63.map((f) => [f.properties.code, f.properties.name]).sort()).toEqual(UNITS_63.map((u) => [u.iso, u.name]).sort());
    expect(units34.map((f) => [f.properties.code, f.properties.name]).sort()).toEqual(UNITS_34.map((u) => [`VN34-${u.code}`, u.name]).sort());
    for (const f of [...units63, ...units34]) expect(f.properties.name, f.properties.code).toBe(f.properties.name.normalize('NFC'));
  });

  it('puts Woody Island (Phú Lâm, Hoàng Sa) in Đà Nẵng and Spratly Island (Trường Sa Lớn) in Khánh Hòa, in both sets, in no foreign feature', () => {
    expect(holder(units63, WOODY_ISLAND)).toEqual(['VN-DN']);
    expect(holder(units34, WOODY_ISLAND)).toEqual(['VN34-48']);
    expect(holder(units63, SPRATLY_ISLAND)).toEqual(['VN-34']);
    expect(holder(units34, SPRATLY_ISLAND)).toEqual(['VN34-56']);
    expect(holder(neighbours, WOODY_ISLAND)).toEqual([]);
    expect(holder(neighbours, SPRATLY_ISLAND)).toEqual([]);
  });

  it('keeps every hand-made island inside its province, and no neighbour owns one', () => {
    for (const island of HAND_MADE_ISLANDS) {
      const expected = island.archipelago === 'hoang-sa' ? ['VN-DN', 'VN34-48'] : ['VN-34', 'VN34-56'];
      expect([...holder(units63, [...island.centre]), ...holder(units34, [...island.centre])], island.name).toEqual(expected);
      expect(holder(neighbours, [...island.centre]), island.name).toEqual([]);
    }
  });

  it('places each province’s label inside it, and the capitals where they are', () => {
    for (const f of [...units63, ...units34]) expect(contains(f, f.properties.label!), f.properties.code).toBe(true);
    expect(holder(units34, [105.8542, 21.0285])).toEqual(['VN34-01']); // Hồ Hoàn Kiếm
    expect(holder(units34, [106.7009, 10.7769])).toEqual(['VN34-79']); // Bến Thành
  });

  it('stays small enough to load on a wall page at once', () => {
    for (const file of ['units63.geojson', 'units34.geojson', 'neighbours.geojson']) expect(readFileSync(join(import.meta.dirname, file)).length, file).toBeLessThan(300 * 1024);
  });
});
