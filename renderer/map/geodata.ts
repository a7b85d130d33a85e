import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import neighboursUrl from '../../assets/geo/neighbours.geojson?url';
import units34Url from '../../assets/geo/units34.geojson?url';
import units63Url from '../../assets/geo/units63.geojson?url';
import type { AreaSet } from '../../src/domain/areas/index.js';
import type { Bounds } from '../../src/layout/panel-kinds/map.js';

/**
 * The map's boundaries, bundled with the app (assets/geo, made by `npm run geo`) and fetched from the hub's
 * own origin: the 34 and the 63 units (codes and official names from src/domain/areas, Hoàng Sa with Đà Nẵng
 * and Trường Sa with Khánh Hòa) and the neighbouring countries. Loaded once per page, shared by every map.
 */
export interface UnitProperties {
  code: string;
  name: string;
  /** Where the unit's name goes: a point inside it (its largest part). */
  label: [number, number];
}
export interface NeighbourProperties {
  code: string;
  name: string;
}

export type UnitFeature = Feature<Polygon | MultiPolygon, UnitProperties>;

export interface AreaSetGeodata {
  collection: FeatureCollection<Polygon | MultiPolygon, UnitProperties>;
  /** Stable array of the features (deck.gl data: the same reference for the page's life). */
  features: readonly UnitFeature[];
  byCode: ReadonlyMap<string, UnitFeature>;
  /** Bounds of each unit's largest part (a province's view leaves its far islands out). */
  boundsByCode: ReadonlyMap<string, Bounds>;
  /** The islands of Hoàng Sa and Trường Sa, one point each: too small to see as shapes at the country's scale. */
  islands: readonly Island[];
}

export interface Island {
  code: string;
  position: [number, number];
}

/** Parts east of this longitude are the offshore archipelagos (the mainland coast ends near 109.5° E). */
const ARCHIPELAGO_WEST = 110.5;

export interface Geodata {
  sets: Readonly<Record<AreaSet, AreaSetGeodata>>;
  neighbours: FeatureCollection<Polygon | MultiPolygon, NeighbourProperties>;
}

let loading: Promise<Geodata> | null = null;

export function loadGeodata(): Promise<Geodata> {
  loading ??= fetchAll().catch((error: unknown) => {
    // A failed load may be retried by the next map that mounts.
    loading = null;
    throw error;
  });
  return loading;
}

async function fetchAll(): Promise<Geodata> {
  const [units34, units63, neighbours] = await Promise.all([fetchJson(units34Url), fetchJson(units63Url), fetchJson(neighboursUrl)]);
  return {
    sets: { units34: indexSet(units34 as AreaSetGeodata['collection']), units63: indexSet(units63 as AreaSetGeodata['collection']) },
    neighbours: neighbours as Geodata['neighbours'],
  };
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`map data ${url}: HTTP ${response.status}`);
  return response.json();
}

export function indexSet(collection: AreaSetGeodata['collection']): AreaSetGeodata {
  const features = Object.freeze([...collection.features]);
  return {
    collection,
    features,
    byCode: new Map(features.map((feature) => [feature.properties.code, feature])),
    boundsByCode: new Map(features.map((feature) => [feature.properties.code, mainPartBounds(feature)])),
    islands: features.flatMap(archipelagoIslands),
  };
}

function partsOf(feature: UnitFeature): Position[][][] {
  return feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
}

function archipelagoIslands(feature: UnitFeature): Island[] {
  const islands: Island[] = [];
  for (const part of partsOf(feature)) {
    const ring = part[0]!;
    let x = 0;
    let y = 0;
    for (const [lon, lat] of ring) {
      x += lon!;
      y += lat!;
    }
    const position: [number, number] = [x / ring.length, y / ring.length];
    if (position[0] > ARCHIPELAGO_WEST) islands.push({ code: feature.properties.code, position });
  }
  return islands;
}

/** Bounds of the part with the most vertices (the mainland part of a province with islands). */
export function mainPartBounds(feature: UnitFeature): Bounds {
  const parts = partsOf(feature);
  let main = parts[0]!;
  for (const part of parts) if ((part[0]?.length ?? 0) > (main[0]?.length ?? 0)) main = part;
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const [x, y] of main[0]!) {
    west = Math.min(west, x!);
    east = Math.max(east, x!);
    south = Math.min(south, y!);
    north = Math.max(north, y!);
  }
  return [west, south, east, north];
}
