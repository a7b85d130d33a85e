import { GEO_NATIONAL, provincesFor, rollUp, type GeoArea, type RollUp } from '../geo/index.js';
import { round } from '../prng.js';
import type { PeriodStamp, Release, SlotBuilder } from './items.js';

/** One area's figures for one period. */
export interface AreaFigures {
  area: GeoArea;
  values: Record<string, number>;
}

export interface FigureSpec {
  /** metric → how the national and 34-unit figures come from the 63-unit ones. */
  rollUps: Readonly<Record<string, RollUp>>;
  /** Decimals per metric (default 0). */
  decimals?: Readonly<Record<string, number>>;
  /** Include "VN" (default true) and the provinces (default true). */
  national?: boolean;
  provinces?: boolean;
  /** The provincial units to publish, when not the set in force (e.g. the 34 only). */
  units?: readonly GeoArea[];
}

/**
 * National and provincial figures for a period ending on `lastDay`, in the unit set in force then.
 * `draw` gives each 63-unit's raw figures; they are summed/averaged up, then rounded, so "VN" and a
 * 34-unit always agree with their parts (up to rounding of means).
 */
export function provincialFigures(lastDay: number, spec: FigureSpec, draw: (iso63: string) => Readonly<Record<string, number>>): AreaFigures[] {
  const raw = new Map<string, Readonly<Record<string, number>>>();
  for (const unit of GEO_NATIONAL.parts) raw.set(unit.iso, draw(unit.iso));
  const areas = [...(spec.national === false ? [] : [GEO_NATIONAL]), ...(spec.provinces === false ? [] : (spec.units ?? provincesFor(lastDay)))];
  const metrics = Object.entries(spec.rollUps);
  return areas.map((area) => {
    const values: Record<string, number> = {};
    for (const [metric, how] of metrics) {
      const value = rollUp(area, (iso) => raw.get(iso)?.[metric] ?? 0, how);
      values[metric] = round(value, spec.decimals?.[metric] ?? 0);
    }
    return { area, values };
  });
}

/** Which figures a sparse channel publishes: e.g. rail figures only where a rail accident happened. */
export type FigureFilter = (area: GeoArea, metric: string, value: number, values: Readonly<Record<string, number>>) => boolean;

/** Publishes every figure (optionally only those `keep` accepts). */
export function emitFigures(builder: SlotBuilder, release: Release, stamp: PeriodStamp, figures: readonly AreaFigures[], keep?: FigureFilter): void {
  for (const { area, values } of figures) {
    for (const [metric, value] of Object.entries(values)) {
      if (!keep || keep(area, metric, value, values)) builder.observe(release, stamp, metric, area.code, value);
    }
  }
}

/**
 * Publishes a revision: only the figures that changed between `before` and `after` (same areas in
 * the same order), as status "revised" with the given revision number. Returns how many changed.
 */
export function emitRevisions(builder: SlotBuilder, at: number, revision: number, stamp: PeriodStamp, before: readonly AreaFigures[], after: readonly AreaFigures[]): number {
  let changed = 0;
  after.forEach(({ area, values }, index) => {
    const previous = before[index]?.values ?? {};
    for (const [metric, value] of Object.entries(values)) {
      if (previous[metric] === value) continue;
      builder.observe({ at, status: 'revised', revision }, stamp, metric, area.code, value);
      changed++;
    }
  });
  return changed;
}
