import type { ChannelSpec, Observation, Period, Report } from '../../src/protocol/feed/index.js';
import { metricSpec } from '../../src/protocol/feed/index.js';
import type { ReportingPeriod } from '../../src/domain/reporting-period.js';
import { dayStart, HOUR, isoCivil, isoDate, isoInstant } from '../time.js';

export type Status = Observation['status'];

/** One release of one item: what the backend publishes at `at` (ms). */
export type Variant =
  | { at: number; kind: 'observation'; item: Observation }
  | { at: number; kind: 'report'; item: Report }
  | { at: number; kind: 'retract'; id: string };

/** The period and cut-off an item belongs to; cut-off is the instant the period ended (exclusive end). */
export interface PeriodStamp {
  period: Period;
  cutOff: string;
}

export const dayStamp = (day: number): PeriodStamp => ({ period: { frequency: 'day', start: isoDate(day), end: isoDate(day) }, cutOff: isoInstant(dayStart(day + 1)) });
export const rangeStamp = (firstDay: number, lastDay: number): PeriodStamp => ({
  period: { frequency: 'range', start: isoDate(firstDay), end: isoDate(lastDay) },
  cutOff: isoInstant(dayStart(lastDay + 1)),
});
export const weekStamp = (monday: number): PeriodStamp => ({ period: { frequency: 'week', start: isoDate(monday), end: isoDate(monday + 6) }, cutOff: isoInstant(dayStart(monday + 7)) });
export const hourStamp = (hourStart: number): PeriodStamp => ({
  period: { frequency: 'hour', start: isoInstant(hourStart), end: isoInstant(hourStart + HOUR) },
  cutOff: isoInstant(hourStart + HOUR),
});
export const instantStamp = (t: number): PeriodStamp => {
  const iso = isoInstant(t);
  return { period: { frequency: 'instant', start: iso, end: iso }, cutOff: iso };
};
export function reportingStamp(period: ReportingPeriod): PeriodStamp {
  const end = isoCivil(period.cutOff);
  const next = new Date(Date.UTC(period.cutOff.year, period.cutOff.month - 1, period.cutOff.day + 1));
  return {
    period: { frequency: period.frequency, start: isoCivil(period.start), end },
    cutOff: `${next.toISOString().slice(0, 10)}T00:00:00+07:00`,
  };
}
/** A calendar year (statistical yearbooks, ratings, public debt). */
export const yearStamp = (year: number): PeriodStamp => ({
  period: { frequency: 'year', start: `${year}-01-01`, end: `${year}-12-31` },
  cutOff: `${year + 1}-01-01T00:00:00+07:00`,
});

export interface Release {
  at: number;
  status?: Status;
  revision?: number;
}

export type ReportFields = Omit<Report, 'source' | 'reportedAt' | 'status' | 'revision' | 'period' | 'cutOff'> & Partial<PeriodStamp>;

/** Collects a slot's releases for one channel, filling source, unit and reportedAt. */
export class SlotBuilder {
  readonly variants: Variant[] = [];
  private readonly instants = new Map<number, string>();
  private readonly units = new Map<string, string>();

  constructor(readonly spec: ChannelSpec) {}

  /** The unit of a metric whose spec leaves it open ("kt-xh.*": each indicator has its own). */
  setUnit(metric: string, unit: string): void {
    this.units.set(metric, unit);
  }

  reportedAt(at: number): string {
    let text = this.instants.get(at);
    if (text === undefined) {
      text = isoInstant(at);
      this.instants.set(at, text);
    }
    return text;
  }

  observe(release: Release, stamp: PeriodStamp, metric: string, area: string, value: number, unit?: string): void {
    const resolved = unit ?? this.units.get(metric) ?? metricSpec(this.spec, metric)?.unit;
    if (resolved === undefined || resolved === '') throw new Error(`sim: ${this.spec.channel} has no unit for ${metric}`);
    const item: Observation = {
      metric,
      area,
      unit: resolved,
      value,
      period: stamp.period,
      cutOff: stamp.cutOff,
      source: this.spec.source,
      reportedAt: this.reportedAt(release.at),
      status: release.status ?? 'provisional',
      revision: release.revision ?? 0,
    };
    this.variants.push({ at: release.at, kind: 'observation', item });
  }

  report(release: Release, fields: ReportFields): void {
    const stamp = fields.period && fields.cutOff ? { period: fields.period, cutOff: fields.cutOff } : instantStamp(Date.parse(fields.occurredAt));
    const item: Report = {
      ...fields,
      period: stamp.period,
      cutOff: stamp.cutOff,
      source: this.spec.source,
      reportedAt: this.reportedAt(release.at),
      status: release.status ?? 'provisional',
      revision: release.revision ?? 0,
    };
    this.variants.push({ at: release.at, kind: 'report', item });
  }

  retract(at: number, id: string): void {
    this.variants.push({ at, kind: 'retract', id });
  }

  /** The slot's releases in time order (stable for equal times). */
  done(): Variant[] {
    return this.variants.map((variant, index) => ({ variant, index })).sort((a, b) => a.variant.at - b.variant.at || a.index - b.index).map(({ variant }) => variant);
  }
}
