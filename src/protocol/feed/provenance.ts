import { z } from 'zod';
import { ALL_AREA_CODES } from '../../domain/areas/index.js';

/** ISO 8601 instant with an offset, e.g. "2026-11-22T08:00:00+07:00" or "...Z". */
export const instantSchema = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time with an offset' });
const dateOrInstant = z.union([z.iso.date(), z.iso.datetime({ offset: true })], { error: 'must be an ISO 8601 date or date-time' });

export const FREQUENCIES = ['instant', 'hour', 'day', 'week', 'month', 'quarter', 'half-year', 'year', 'range'] as const;

/** The period a figure covers, with explicit bounds (monthly reports run 15th → 14th, Decree 09/2019). */
export const periodSchema = z.strictObject({
  frequency: z.enum(FREQUENCIES),
  start: dateOrInstant,
  end: dateOrInstant,
});
export type Period = z.infer<typeof periodSchema>;

// An enum, not a refinement: a set lookup on the hot path of every figure.
export const areaCodeSchema = z.enum(ALL_AREA_CODES as [string, ...string[]], {
  error: 'is not a known area code ("VN", "WORLD", "VN-xx" of the 63 units, "VN34-nn" of the 34)',
});

/** Where every figure comes from and how final it is (DESIGN §3). */
export const provenanceShape = {
  period: periodSchema,
  /** Data cut-off time (thời gian chốt số liệu). */
  cutOff: instantSchema,
  /** The reporting agency, as data (agency names change: see the 2025 ministry mergers). */
  source: z.string().min(1).max(160),
  reportedAt: instantSchema,
  status: z.enum(['provisional', 'final', 'revised']),
  /** 0 for the first report; each revision of the same key and period increases it. */
  revision: z.number().int().min(0).max(10_000),
};

export const STATUSES = ['provisional', 'final', 'revised'] as const;
export type ReportStatus = (typeof STATUSES)[number];

export function periodKey(period: Period): string {
  return `${period.frequency}:${period.start}/${period.end}`;
}
