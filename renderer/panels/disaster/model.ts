import type { HeldObservation, HeldReport } from '../../../src/protocol/wall/index.js';
import type { ChannelData } from '../../state/wall/feed-data.js';
import { latestOf, newestOf, seriesByArea } from '../series-lookup.js';

export const DAILY_METRICS = ['incidents', 'deaths', 'missing', 'injured', 'houses.damaged', 'sar.missions', 'sar.rescued'] as const;

/** The latest day's summary nationwide (disaster/daily), one figure per metric, of that day only. */
export function dailySummary(data: ChannelData | null): { day: HeldObservation | null; figures: [string, number | null][] } {
  const day = latestOf(data, 'incidents', 'VN', 'day');
  const figures = DAILY_METRICS.map((metric) => {
    const figure = latestOf(data, metric, 'VN', 'day');
    return [metric, figure && day && figure.period.end === day.period.end ? figure.value : null] as [string, number | null];
  });
  return { day, figures };
}

export const SEVERITIES = ['extreme', 'severe', 'moderate', 'minor'] as const;
const RANK: Record<string, number> = { extreme: 0, severe: 1, moderate: 2, minor: 3, info: 4 };

/** The warnings in force at `now` (held, not lifted, not ended), counted by severity, the gravest first. */
export function warningsInForce(data: ChannelData | null, now: number): { counts: Record<(typeof SEVERITIES)[number], number>; gravest: HeldReport[]; total: number } {
  const counts = { extreme: 0, severe: 0, moderate: 0, minor: 0 };
  const active: HeldReport[] = [];
  for (const report of data?.reports.values() ?? []) {
    const end = Date.parse(report.period.end);
    if (!Number.isNaN(end) && end < now) continue;
    active.push(report);
    const severity = report.severity;
    if (severity && severity in counts) counts[severity as keyof typeof counts]++;
  }
  active.sort((a, b) => (RANK[a.severity ?? 'info'] ?? 4) - (RANK[b.severity ?? 'info'] ?? 4) || b.occurredAt.localeCompare(a.occurredAt));
  return { counts, gravest: active, total: active.length };
}

export const DANGER_LEVELS = [5, 4, 3, 2, 1] as const;

/** Provinces by forest-fire danger level on the latest day (I–V), the provinces at each level. */
export function fireDanger(data: ChannelData | null): { byLevel: Map<number, string[]>; provenance: HeldObservation | null } {
  const national = latestOf(data, 'danger-level', 'VN');
  const end = national?.period.end;
  const byLevel = new Map<number, string[]>(DANGER_LEVELS.map((level) => [level, []]));
  for (const [area, series] of seriesByArea(data, 'danger-level')) {
    if (area === 'VN' || series.latest.period.end !== end) continue;
    byLevel.get(series.latest.value)?.push(area);
  }
  return { byLevel, provenance: national };
}

/** Landslides (sites, length) and drought and salinity (the deepest intrusion, the area in drought, households short of water) nationwide. */
export function landslidesAndDrought(landslides: ChannelData | null, drought: ChannelData | null): { figures: [string, HeldObservation | null][]; provenance: HeldObservation | null } {
  const figures: [string, HeldObservation | null][] = [
    ['landslides', latestOf(landslides, 'landslides', 'VN')],
    ['landslides.length', latestOf(landslides, 'landslides.length', 'VN')],
    ['salinity.intrusion', latestOf(drought, 'salinity.intrusion', 'VN')],
    ['drought.area', latestOf(drought, 'drought.area', 'VN')],
    ['households.short-water', latestOf(drought, 'households.short-water', 'VN')],
  ];
  return { figures, provenance: newestOf(figures.map(([, figure]) => figure)) };
}
