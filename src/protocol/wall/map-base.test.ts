import { describe, expect, it } from 'vitest';
import { mapBaseOrigins, mapBaseSchema } from './map-base.js';

describe('the room base map', () => {
  it('takes a style, raster tiles or a PMTiles archive on an internal server, each with its origin', () => {
    expect(mapBaseOrigins(mapBaseSchema.parse({ style: 'https://tiles.internal/styles/dark.json' }))).toEqual(['https://tiles.internal']);
    expect(mapBaseSchema.parse({ tiles: ['http://10.0.0.5:8080/{z}/{x}/{y}.png'] })).toEqual({ tiles: ['http://10.0.0.5:8080/{z}/{x}/{y}.png'], tileSize: 256, maxZoom: 14 });
    expect(mapBaseOrigins(mapBaseSchema.parse({ tiles: ['http://a.internal/{z}/{x}/{y}.png', 'http://a.internal/b/{z}/{x}/{y}.png'] }))).toEqual(['http://a.internal']);
    expect(mapBaseOrigins(mapBaseSchema.parse({ pmtiles: 'https://files.internal/vn.pmtiles' }))).toEqual(['https://files.internal']);
    expect(mapBaseOrigins(undefined)).toEqual([]);
    expect(mapBaseOrigins({ style: 'HTTPS://Tiles.Internal:443/s.json' })).toEqual(['https://tiles.internal']);
  });

  it('refuses what is not one of them, with the reason', () => {
    const reason = (value: unknown) => mapBaseSchema.safeParse(value).error?.issues[0]?.message;
    expect(reason({ tiles: ['https://tiles.internal/tile.png'] })).toBe('must contain {z}, {x} and {y}');
    expect(reason({ url: 'https://tiles.internal/tile.png' })).toBe('must be { "style": URL }, { "tiles": ["…/{z}/{x}/{y}.png"] } or { "pmtiles": URL }');
    expect(reason({ style: 'file:///etc/passwd' })).toBeDefined();
    expect(reason({ style: 'https://a/s.json', tiles: [] })).toBeDefined();
  });
});
