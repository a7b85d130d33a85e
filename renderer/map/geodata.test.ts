import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexSet, type AreaSetGeodata } from './geodata.js';

const set = (name: string) => indexSet(JSON.parse(readFileSync(join(import.meta.dirname, '../../assets/geo', `${name}.geojson`), 'utf8')) as AreaSetGeodata['collection']);

describe('the map geodata as the renderer indexes it', () => {
  it.each([
    ['units34', 'VN34-48', 'VN34-56'],
    ['units63', 'VN-DN', 'VN-34'],
  ])('%s: Hoàng Sa is drawn as dots of Đà Nẵng and Trường Sa as dots of Khánh Hòa', (name, daNang, khanhHoa) => {
    const { islands } = set(name);
    const near = (lat: number, lon: number) => [...new Set(islands.filter((island) => Math.hypot(island.position[0] - lon, island.position[1] - lat) < 0.15).map((island) => island.code))];
    // Woody Island (Phú Lâm) and Spratly Island (Trường Sa Lớn).
    expect(near(16.83, 112.34)).toEqual([daNang]);
    expect(near(8.64, 111.92)).toEqual([khanhHoa]);
    expect(new Set(islands.map((island) => island.code))).toEqual(new Set([daNang, khanhHoa]));
  });

  it("a province's view is its mainland part: Khánh Hòa without Trường Sa", () => {
    const [west, south, east, north] = set('units34').boundsByCode.get('VN34-56')!;
    expect(east).toBeLessThan(110);
    expect(west).toBeGreaterThan(107);
    expect(south).toBeGreaterThan(10);
    expect(north).toBeLessThan(13.5);
  });
});
