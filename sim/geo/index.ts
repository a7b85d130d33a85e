import { AREAS_34, AREAS_63, NATIONAL } from '../../src/domain/areas/index.js';
import { UNITS_34 } from '../../src/domain/areas/units.data.js';
import { uses63Units } from '../time.js';
import { UNIT_FACTS, type Region, type UnitFacts } from './units.js';

/**
 * Areas as the generators see them. Figures are drawn per 63-unit (the finest level, which every
 * 34-unit is a union of), then rolled up, so a 34-unit figure is the sum (or weighted mean) of its
 * former units and "VN" agrees with the provinces in both sets.
 */
export interface GeoArea {
  code: string;
  name: string;
  /** The 63-units it covers. */
  parts: readonly UnitFacts[];
  pop: number;
  lat: number;
  lon: number;
  region: Region;
  coastal: boolean;
}

const factsByIso = new Map(UNIT_FACTS.map((unit) => [unit.iso, unit]));

function facts(iso: string): UnitFacts {
  const unit = factsByIso.get(iso);
  if (!unit) throw new Error(`sim/geo: no facts for ${iso}`);
  return unit;
}

function geoArea(code: string, name: string, parts: readonly UnitFacts[]): GeoArea {
  const first = parts[0];
  if (!first) throw new Error(`sim/geo: ${code} has no parts`);
  return {
    code,
    name,
    parts,
    pop: parts.reduce((sum, part) => sum + part.pop, 0),
    lat: first.lat,
    lon: first.lon,
    region: first.region,
    coastal: parts.some((part) => part.coastal),
  };
}

export const GEO_63: readonly GeoArea[] = AREAS_63.map((area) => geoArea(area.code, area.name, [facts(area.code)]));
export const GEO_34: readonly GeoArea[] = AREAS_34.map((area) => {
  const unit = UNITS_34.find((candidate) => `VN34-${candidate.code}` === area.code);
  if (!unit) throw new Error(`sim/geo: ${area.code} unknown`);
  return geoArea(area.code, area.name, unit.fromIso.map(facts));
});
export const GEO_NATIONAL: GeoArea = geoArea(NATIONAL.code, NATIONAL.name, UNIT_FACTS);

const byCode = new Map([...GEO_63, ...GEO_34, GEO_NATIONAL].map((area) => [area.code, area]));

export function geoArea63or34(code: string): GeoArea {
  const area = byCode.get(code);
  if (!area) throw new Error(`sim/geo: unknown area ${code}`);
  return area;
}

/** The provincial units in force for a period ending on `lastDay` (63 before 1 July 2025, else 34). */
export function provincesFor(lastDay: number): readonly GeoArea[] {
  return uses63Units(lastDay) ? GEO_63 : GEO_34;
}

/** The unit containing a 63-unit in the set in force on `lastDay`. */
export function areaContaining(iso63: string, lastDay: number): GeoArea {
  const set = provincesFor(lastDay);
  const area = set.find((candidate) => candidate.parts.some((part) => part.iso === iso63));
  if (!area) throw new Error(`sim/geo: ${iso63} is in no unit`);
  return area;
}

export type RollUp = 'sum' | 'mean' | 'max' | 'min';

/** A figure of an area from the figures of its 63-units. `mean` is weighted by population. */
export function rollUp(area: GeoArea, valueOf: (iso63: string) => number, how: RollUp): number {
  let total = 0;
  let weight = 0;
  let extreme = how === 'max' ? -Infinity : Infinity;
  for (const part of area.parts) {
    const value = valueOf(part.iso);
    if (how === 'sum') total += value;
    else if (how === 'mean') {
      total += value * part.pop;
      weight += part.pop;
    } else extreme = how === 'max' ? Math.max(extreme, value) : Math.min(extreme, value);
  }
  if (how === 'sum') return total;
  if (how === 'mean') return weight > 0 ? total / weight : 0;
  return extreme;
}

export type { Region, UnitFacts };
