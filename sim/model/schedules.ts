import { periodOfRegime, type ReportingFrequency, type ReportingPeriod, type ReportingRegime } from '../../src/domain/reporting-period.js';
import { civilOfDay, dayIndex, dayOfCivil, HOUR } from '../time.js';
import type { Schedule } from './channel-model.js';
import type { Variant } from './items.js';

/** Slots of one hour; the snapshot holds the last `windowSlots` hours. */
export function hourlySchedule(options: { lagSlots: number; windowSlots: number; build: (hourStart: number) => Variant[] }): Schedule {
  return {
    slotOf: (t) => Math.floor(t / HOUR),
    leadSlots: 0,
    lagSlots: options.lagSlots,
    window: (t) => ({ first: Math.floor(t / HOUR) - options.windowSlots, last: Math.floor(t / HOUR) }),
    build: (slot) => options.build(slot * HOUR),
  };
}

/** Slots of one ICT day (the day the data covers); the snapshot holds the last `windowSlots` days. */
export function dailySchedule(options: { leadSlots?: number; lagSlots: number; windowSlots: number; build: (day: number) => Variant[] }): Schedule {
  const lead = options.leadSlots ?? 0;
  return {
    slotOf: dayIndex,
    leadSlots: lead,
    lagSlots: options.lagSlots,
    window: (t) => ({ first: dayIndex(t) - options.windowSlots, last: dayIndex(t) + lead }),
    build: options.build,
  };
}

/** Monday of a week slot; weeks run Monday → Sunday. */
export const mondayOfWeek = (week: number): number => week * 7 - 3;
export const weekOfDay = (day: number): number => Math.floor((day + 3) / 7);

export function weeklySchedule(options: { lagSlots: number; windowSlots: number; build: (monday: number) => Variant[] }): Schedule {
  return {
    slotOf: (t) => weekOfDay(dayIndex(t)),
    leadSlots: 0,
    lagSlots: options.lagSlots,
    window: (t) => ({ first: weekOfDay(dayIndex(t)) - options.windowSlots, last: weekOfDay(dayIndex(t)) }),
    build: (week) => options.build(mondayOfWeek(week)),
  };
}

const PER_YEAR: Record<ReportingFrequency, number> = { month: 12, quarter: 4, 'half-year': 2, year: 1 };

/** The reporting period (Decree 09/2019: 15th → 14th) of a slot number. */
export function reportingPeriodOfSlot(frequency: ReportingFrequency, slot: number, regime: ReportingRegime = 'decree-09'): ReportingPeriod {
  const perYear = PER_YEAR[frequency];
  const year = Math.floor(slot / perYear);
  const index = slot - year * perYear + 1;
  return periodOfRegime(regime, frequency, { year, month: (index * 12) / perYear, day: 14 });
}

export function reportingSlotOf(frequency: ReportingFrequency, t: number, regime: ReportingRegime = 'decree-09'): number {
  const period = periodOfRegime(regime, frequency, civilOfDay(dayIndex(t)));
  return period.year * PER_YEAR[frequency] + period.index - 1;
}

/** Last day (the cut-off date) of a reporting period, as a day number. */
export const cutOffDay = (period: ReportingPeriod): number => dayOfCivil(period.cutOff);

/**
 * Slots of reporting periods. `firstSlot(t)` is the oldest slot of the snapshot (e.g. 24 months back,
 * or the 2010 period for yearly history).
 */
export function reportingSchedule(options: {
  frequency: ReportingFrequency;
  /** Decree 09 periods (default) or calendar ones (statistical regimes). */
  regime?: ReportingRegime;
  lagSlots: number;
  firstSlot: (currentSlot: number) => number;
  build: (period: ReportingPeriod) => Variant[];
}): Schedule {
  const { frequency } = options;
  const regime = options.regime ?? 'decree-09';
  return {
    slotOf: (t) => reportingSlotOf(frequency, t, regime),
    leadSlots: 0,
    lagSlots: options.lagSlots,
    window: (t) => {
      const current = reportingSlotOf(frequency, t, regime);
      return { first: options.firstSlot(current), last: current };
    },
    build: (slot) => options.build(reportingPeriodOfSlot(frequency, slot, regime)),
  };
}

/** Calendar years, from `firstYear` to the current one. */
export function yearlySchedule(options: { firstYear: number; lagSlots: number; build: (year: number) => Variant[] }): Schedule {
  const yearOf = (t: number) => civilOfDay(dayIndex(t)).year;
  return {
    slotOf: yearOf,
    leadSlots: 0,
    lagSlots: options.lagSlots,
    window: (t) => ({ first: options.firstYear, last: yearOf(t) }),
    build: options.build,
  };
}
