import { z } from 'zod';

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL of a server in the room or the ministry network' });
const template = z
  .string()
  .regex(/^https?:\/\/[^\s]+$/, 'must be an http(s) URL')
  .refine((url) => url.includes('{z}') && url.includes('{x}') && url.includes('{y}'), 'must contain {z}, {x} and {y}');

/**
 * An internal base map that replaces the bundled one (room config `map.base`; never required: without it
 * the map draws the boundaries bundled with the app). The provinces, names and live layers are drawn
 * over it as ever. One of:
 * - `style`: a MapLibre style document on an internal tile server;
 * - `tiles`: raster tile URLs ("https://tiles.internal/{z}/{x}/{y}.png");
 * - `pmtiles`: a raster PMTiles archive on an internal web server (read with HTTP range requests).
 */
export const mapBaseSchema = z.union(
  [
    z.strictObject({ style: httpUrl }),
    z.strictObject({ tiles: z.array(template).min(1).max(4), tileSize: z.union([z.literal(256), z.literal(512)]).default(256), maxZoom: z.number().int().min(1).max(22).default(14) }),
    z.strictObject({ pmtiles: httpUrl }),
  ],
  { error: 'must be { "style": URL }, { "tiles": ["…/{z}/{x}/{y}.png"] } or { "pmtiles": URL }' },
);
export type MapBase = z.output<typeof mapBaseSchema>;

/** The origins a base map is fetched from (the hub's pages allow them in their content security policy). */
export function mapBaseOrigins(base: MapBase | undefined): string[] {
  if (!base) return [];
  const urls = 'style' in base ? [base.style] : 'pmtiles' in base ? [base.pmtiles] : base.tiles;
  return [...new Set(urls.map(originOf))];
}

/** "https://Tiles.Internal:443/a/{z}" → "https://tiles.internal" (as a browser writes an origin). */
function originOf(url: string): string {
  const [, scheme = '', host = ''] = /^(https?):\/\/([^/?#]+)/i.exec(url) ?? [];
  const lower = scheme.toLowerCase();
  const authority = host.toLowerCase().replace(lower === 'https' ? /:443$/ : /:80$/, '');
  return `${lower}://${authority}`;
}
