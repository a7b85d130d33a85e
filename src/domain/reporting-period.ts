import { addMonths, compareCivil, daysBetween, type CivilDate } from './civil-date.js';

/**
 * Periodic reporting periods and their data cut-off (Decree 09/2019/NĐ-CP, Art. 12):
 * monthly: 15th of the previous month to the 14th of the reporting month;
 * quarterly: 15th of the month before the quarter to the 14th of the quarter's last month;
 * six-monthly: 15 Dec of the previous year to 14 Jun, cumulative; yearly: 15 Dec of the previous year to
 * 14 Dec. There is no "second half-year" report: the yearly one covers it. Several provinces add a
 * cumulative nine-month report (15 Dec to 14 Sep). `reportingPeriodOf` also gives a second half by the
 * month rule, for the simulator's history of half-yearly indicators; what a display shows as the current
 * period comes from `currentDecreePeriod`.
 */
export const REPORTING_FREQUENCIES = ['month', 'quarter', 'half-year', 'year'] as const;
export type ReportingFrequency = (typeof REPORTING_FREQUENCIES)[number];

export interface ReportingPeriod {
  frequency: ReportingFrequency;
  /** The reporting year the period belongs to (a period starting 15 Dec belongs to the next year). */
  year: number;
  /** 1-12 for months, 1-4 for quarters, 1-2 for halves, 1 for years. */
  index: number;
  /** First day of the period. */
  start: CivilDate;
  /** Last day of the period: the data cut-off date (chốt số liệu), inclusive. */
  cutOff: CivilDate;
}

const CUT_OFF_DAY = 14;
const MONTHS_PER_PERIOD: Record<ReportingFrequency, number> = { month: 1, quarter: 3, 'half-year': 6, year: 12 };

/** The reporting period of the given frequency that contains `date`. */
export function reportingPeriodOf(frequency: ReportingFrequency, date: CivilDate): ReportingPeriod {
  // Shift by the 15th boundary: from the 15th on, a date belongs to the next month's reporting period.
  const reportingMonth = date.day > CUT_OFF_DAY ? addMonths({ ...date, day: 1 }, 1) : { ...date, day: 1 };
  const length = MONTHS_PER_PERIOD[frequency];
  const index = Math.floor((reportingMonth.month - 1) / length) + 1;
  const lastMonth = addMonths({ year: reportingMonth.year, month: 1, day: CUT_OFF_DAY }, index * length - 1);
  const firstMonth = addMonths({ ...lastMonth, day: CUT_OFF_DAY + 1 }, -length);
  return { frequency, year: reportingMonth.year, index, start: firstMonth, cutOff: lastMonth };
}

/**
 * The reporting regimes a figure's period follows: 'decree-09' (administrative reports, Decree 09/2019:
 * periods end on the 14th) or 'statistical' (statistical reporting regimes, which the decree excludes:
 * calendar months, quarters, halves and years — GDP, CPI, trade, credit).
 */
export const REPORTING_REGIMES = ['decree-09', 'statistical'] as const;
export type ReportingRegime = (typeof REPORTING_REGIMES)[number];

/** The calendar month, quarter, half or year that contains `date` (statistical regimes). */
export function calendarPeriodOf(frequency: ReportingFrequency, date: CivilDate): ReportingPeriod {
  const length = MONTHS_PER_PERIOD[frequency];
  const index = Math.floor((date.month - 1) / length) + 1;
  const firstMonth = (index - 1) * length + 1;
  const lastMonth = firstMonth + length - 1;
  const lastDay = new Date(Date.UTC(date.year, lastMonth, 0)).getUTCDate();
  return { frequency, year: date.year, index, start: { year: date.year, month: firstMonth, day: 1 }, cutOff: { year: date.year, month: lastMonth, day: lastDay } };
}

/** The period of a regime and frequency that contains `date`. */
export function periodOfRegime(regime: ReportingRegime, frequency: ReportingFrequency, date: CivilDate): ReportingPeriod {
  return regime === 'statistical' ? calendarPeriodOf(frequency, date) : reportingPeriodOf(frequency, date);
}

/** Whole days from `date` to the cut-off of its period (0 on the cut-off day itself). */
export function daysUntilCutOff(period: ReportingPeriod, date: CivilDate): number {
  return daysBetween(date, period.cutOff);
}

export function periodContains(period: ReportingPeriod, date: CivilDate): boolean {
  return compareCivil(period.start, date) <= 0 && compareCivil(date, period.cutOff) <= 0;
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The period's name as officials write it: "Tháng 12/2026", "Quý IV/2026", "6 tháng đầu năm 2026", "Năm 2026". */
export function reportingPeriodLabel(period: ReportingPeriod, language: 'vi' | 'en'): string {
  const { year, index } = period;
  if (language === 'vi') {
    switch (period.frequency) {
      case 'month':
        return `Tháng ${index}/${year}`;
      case 'quarter':
        return `Quý ${ROMAN[index - 1]}/${year}`;
      case 'half-year':
        return index === 1 ? `6 tháng đầu năm ${year}` : `6 tháng cuối năm ${year}`;
      case 'year':
        return `Năm ${year}`;
    }
  }
  switch (period.frequency) {
    case 'month':
      return `${EN_MONTHS[index - 1]} ${year}`;
    case 'quarter':
      return `Q${index} ${year}`;
    case 'half-year':
      return `H${index} ${year}`;
    case 'year':
      return `Year ${year}`;
  }
}

/** The periods a wall shows as current (Decree 09/2019): the cumulative ones exist only inside their window. */
export const DECREE_PERIODS = ['month', 'quarter', 'half-year', 'nine-month', 'year'] as const;
export type DecreePeriodKind = (typeof DECREE_PERIODS)[number];

export interface DecreePeriod {
  kind: DecreePeriodKind;
  year: number;
  start: CivilDate;
  cutOff: CivilDate;
  label: string;
}

/**
 * The Decree period of the given kind that `date` falls in; null for the six-month (15 Dec → 14 Jun) and
 * nine-month (15 Dec → 14 Sep) reports outside their window: from 15 Jun to 14 Dec there is no six-month
 * period in progress, and never a "6 tháng cuối năm".
 */
export function currentDecreePeriod(kind: DecreePeriodKind, date: CivilDate, language: 'vi' | 'en'): DecreePeriod | null {
  if (kind === 'month' || kind === 'quarter' || kind === 'year') {
    const period = reportingPeriodOf(kind, date);
    return { kind, year: period.year, start: period.start, cutOff: period.cutOff, label: reportingPeriodLabel(period, language) };
  }
  const year = reportingPeriodOf('year', date).year;
  const start = { year: year - 1, month: 12, day: CUT_OFF_DAY + 1 };
  const cutOff = { year, month: kind === 'half-year' ? 6 : 9, day: CUT_OFF_DAY };
  if (compareCivil(date, cutOff) > 0) return null;
  const months = kind === 'half-year' ? 6 : 9;
  const label = language === 'vi' ? `${months} tháng năm ${year}` : `${months} months ${year}`;
  return { kind, year, start, cutOff, label };
}
