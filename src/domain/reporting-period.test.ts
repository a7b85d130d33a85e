import { describe, expect, it } from 'vitest';
import { civilDateIn, formatCivil, type CivilDate } from './civil-date.js';
import { calendarPeriodOf, currentDecreePeriod, daysUntilCutOff, DECREE_PERIODS, periodContains, periodOfRegime, reportingPeriodLabel, reportingPeriodOf, REPORTING_FREQUENCIES } from './reporting-period.js';

const d = (year: number, month: number, day: number): CivilDate => ({ year, month, day });
const span = (frequency: (typeof REPORTING_FREQUENCIES)[number], date: CivilDate) => {
  const period = reportingPeriodOf(frequency, date);
  return `${formatCivil(period.start)}..${formatCivil(period.cutOff)} ${reportingPeriodLabel(period, 'vi')}`;
};

describe('reporting periods (Decree 09/2019)', () => {
  it('monthly: 15th of the previous month to the 14th', () => {
    expect(span('month', d(2026, 11, 22))).toBe('2026-11-15..2026-12-14 Tháng 12/2026');
    expect(span('month', d(2026, 11, 14))).toBe('2026-10-15..2026-11-14 Tháng 11/2026');
    expect(span('month', d(2026, 11, 15))).toBe('2026-11-15..2026-12-14 Tháng 12/2026');
    expect(span('month', d(2026, 12, 20))).toBe('2026-12-15..2027-01-14 Tháng 1/2027');
    expect(span('month', d(2027, 1, 1))).toBe('2026-12-15..2027-01-14 Tháng 1/2027');
  });

  it('quarterly: 15th of the month before the quarter to the 14th of its last month', () => {
    expect(span('quarter', d(2026, 12, 14))).toBe('2026-09-15..2026-12-14 Quý IV/2026');
    expect(span('quarter', d(2026, 12, 15))).toBe('2026-12-15..2027-03-14 Quý I/2027');
    expect(span('quarter', d(2026, 3, 15))).toBe('2026-03-15..2026-06-14 Quý II/2026');
    expect(span('quarter', d(2026, 9, 14))).toBe('2026-06-15..2026-09-14 Quý III/2026');
  });

  it('six-monthly: 15 Dec of the previous year to 14 Jun', () => {
    expect(span('half-year', d(2026, 1, 10))).toBe('2025-12-15..2026-06-14 6 tháng đầu năm 2026');
    expect(span('half-year', d(2025, 12, 15))).toBe('2025-12-15..2026-06-14 6 tháng đầu năm 2026');
    expect(span('half-year', d(2026, 6, 15))).toBe('2026-06-15..2026-12-14 6 tháng cuối năm 2026');
  });

  it('yearly: 15 Dec of the previous year to 14 Dec', () => {
    expect(span('year', d(2026, 12, 14))).toBe('2025-12-15..2026-12-14 Năm 2026');
    expect(span('year', d(2026, 12, 15))).toBe('2026-12-15..2027-12-14 Năm 2027');
  });

  it('every day of a leap year falls in exactly one period of each frequency, with no gaps', () => {
    for (const frequency of REPORTING_FREQUENCIES) {
      let previous = reportingPeriodOf(frequency, d(2023, 12, 31));
      for (let t = Date.UTC(2024, 0, 1); t <= Date.UTC(2024, 11, 31); t += 86_400_000) {
        const day = new Date(t);
        const date = d(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
        const period = reportingPeriodOf(frequency, date);
        expect(periodContains(period, date)).toBe(true);
        if (formatCivil(period.start) !== formatCivil(previous.start)) {
          // A new period starts the day after the previous one's cut-off.
          expect(formatCivil(period.start)).toBe(formatCivil(date));
          expect(date.day).toBe(15);
        }
        previous = period;
      }
    }
  });

  it('counts the days left to the cut-off and labels in English', () => {
    const period = reportingPeriodOf('month', d(2026, 11, 22));
    expect(daysUntilCutOff(period, d(2026, 11, 22))).toBe(22);
    expect(reportingPeriodLabel(period, 'en')).toBe('December 2026');
    expect(reportingPeriodLabel(reportingPeriodOf('quarter', d(2026, 11, 22)), 'en')).toBe('Q4 2026');
  });

  it('reads the calendar date in the room time zone, not UTC', () => {
    // 20:00 UTC on 14 Nov is already 03:00 on 15 Nov in Hà Nội: the next monthly period.
    const instant = new Date(Date.UTC(2026, 10, 14, 20, 0));
    expect(civilDateIn(instant, 'UTC')).toEqual(d(2026, 11, 14));
    expect(civilDateIn(instant, 'Asia/Ho_Chi_Minh')).toEqual(d(2026, 11, 15));
  });
});

describe('the periods a wall shows as current (Decree 09/2019)', () => {
  it('has a six-month period, cumulative from 15 Dec, only until 14 Jun', () => {
    expect(currentDecreePeriod('half-year', d(2025, 12, 15), 'vi')).toMatchObject({ label: '6 tháng năm 2026', start: d(2025, 12, 15), cutOff: d(2026, 6, 14) });
    expect(currentDecreePeriod('half-year', d(2026, 6, 14), 'vi')?.label).toBe('6 tháng năm 2026');
    expect(currentDecreePeriod('half-year', d(2026, 6, 15), 'vi')).toBeNull();
    expect(currentDecreePeriod('half-year', d(2026, 12, 1), 'vi')).toBeNull();
  });

  it('has a nine-month period for the provinces that report one, 15 Dec to 14 Sep', () => {
    expect(currentDecreePeriod('nine-month', d(2026, 9, 14), 'vi')).toMatchObject({ label: '9 tháng năm 2026', cutOff: d(2026, 9, 14) });
    expect(currentDecreePeriod('nine-month', d(2026, 9, 15), 'en')).toBeNull();
  });

  it('never names a second half-year, on any day of a year', () => {
    for (let day = 0; day < 366; day++) {
      const date = new Date(Date.UTC(2026, 0, 1 + day));
      const civil = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
      for (const kind of DECREE_PERIODS) expect(currentDecreePeriod(kind, civil, 'vi')?.label ?? '').not.toMatch(/cuối năm/);
    }
  });

  it('gives the month, quarter and year as before, the year from 15 Dec', () => {
    expect(currentDecreePeriod('year', d(2026, 12, 15), 'vi')).toMatchObject({ label: 'Năm 2027', cutOff: d(2027, 12, 14) });
    expect(currentDecreePeriod('quarter', d(2026, 12, 1), 'en')?.label).toBe('Q4 2026');
  });
});

describe('calendar periods of the statistical regimes', () => {
  it('are calendar months, quarters, halves and years', () => {
    expect(calendarPeriodOf('month', { year: 2026, month: 2, day: 20 })).toEqual({ frequency: 'month', year: 2026, index: 2, start: { year: 2026, month: 2, day: 1 }, cutOff: { year: 2026, month: 2, day: 28 } });
    expect(calendarPeriodOf('month', { year: 2028, month: 2, day: 1 }).cutOff.day).toBe(29);
    expect(calendarPeriodOf('quarter', { year: 2026, month: 12, day: 31 })).toMatchObject({ index: 4, start: { month: 10, day: 1 }, cutOff: { month: 12, day: 31 } });
    expect(calendarPeriodOf('half-year', { year: 2026, month: 6, day: 30 })).toMatchObject({ index: 1, start: { month: 1, day: 1 }, cutOff: { month: 6, day: 30 } });
    expect(calendarPeriodOf('year', { year: 2026, month: 12, day: 20 })).toMatchObject({ year: 2026, start: { month: 1, day: 1 }, cutOff: { month: 12, day: 31 } });
    // 20 December: statistically still December 2026; by the decree already January 2027.
    expect(periodOfRegime('statistical', 'month', { year: 2026, month: 12, day: 20 })).toMatchObject({ year: 2026, index: 12 });
    expect(periodOfRegime('decree-09', 'month', { year: 2026, month: 12, day: 20 })).toMatchObject({ year: 2027, index: 1 });
  });
});
