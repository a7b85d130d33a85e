import { describe, expect, it } from 'vitest';
import { areaName, defaultDecimals, formatNumber, formatTime, periodLabel, unitLabel } from './data-format.js';

const HN = 'Asia/Ho_Chi_Minh';

describe('numbers', () => {
  it('writes figures the Vietnamese way (1.234,5), the English way on request, with a true minus and no −0', () => {
    expect(formatNumber(1_234_567.891, 2, 'vi-VN')).toBe('1.234.567,89');
    expect(formatNumber(1_234, 0, 'vi-VN')).toBe('1.234');
    expect(formatNumber(1_234.5, 1, 'en-GB')).toBe('1,234.5');
    expect(formatNumber(-12.34, 1, 'vi-VN')).toBe('\u221212,3');
    expect(formatNumber(-0.04, 1, 'vi-VN')).toBe('0,0');
    expect(formatNumber(0.125, 2, 'vi-VN')).toBe('0,13');
  });

  it('picks sensible decimals when the panel does not say', () => {
    expect([defaultDecimals(23), defaultDecimals(1_284.37), defaultDecimals(41.26), defaultDecimals(3.456), defaultDecimals(-0.5)]).toEqual([0, 0, 1, 2, 2]);
  });
});

describe('units and areas', () => {
  it('names units as readers do, and leaves a plain count without one', () => {
    expect(unitLabel('persons', 'vi-VN')).toBe('người');
    expect(unitLabel('persons', 'en-GB')).toBe('people');
    expect(unitLabel('VND bn', 'vi-VN')).toBe('tỷ đồng');
    expect(unitLabel('count', 'vi-VN')).toBe('');
    expect(unitLabel('µg/m³', 'vi-VN')).toBe('µg/m³');
  });

  it('names areas: the country and the world in the layout language, provinces by their own names', () => {
    expect(areaName('VN', 'vi-VN')).toBe('Toàn quốc');
    expect(areaName('VN', 'en-GB')).toBe('Viet Nam');
    expect(areaName('VN34-01', 'en-GB')).toBe('Hà Nội');
    expect(areaName('XX', 'vi-VN')).toBe('XX');
  });
});

describe('times', () => {
  it('writes times in the layout time zone, midnight cut-offs as 24:00 of the day before', () => {
    const at = Date.parse('2026-11-22T07:30:00+07:00');
    expect(formatTime(at, HN)).toBe('07:30 22/11/2026');
    expect(formatTime(at, HN, 'day-month')).toBe('07:30 22/11');
    expect(formatTime(at, HN, 'time')).toBe('07:30');
    expect(formatTime(at, 'Europe/London')).toBe('00:30 22/11/2026');
    const midnight = Date.parse('2026-11-22T00:00:00+07:00');
    expect(formatTime(midnight, HN, 'full', true)).toBe('24:00 21/11/2026');
    expect(formatTime(midnight, HN, 'full')).toBe('00:00 22/11/2026');
  });
});

describe('period labels', () => {
  it('names reporting periods by the month they end in (Decree 09/2019) and calendar ones alike', () => {
    expect(periodLabel({ frequency: 'month', start: '2026-10-15', end: '2026-11-14' }, 'vi-VN', HN)).toBe('Tháng 11/2026');
    expect(periodLabel({ frequency: 'month', start: '2026-11-01', end: '2026-11-30' }, 'vi-VN', HN)).toBe('Tháng 11/2026');
    expect(periodLabel({ frequency: 'month', start: '2026-10-15', end: '2026-11-14' }, 'en-GB', HN)).toBe('November 2026');
    expect(periodLabel({ frequency: 'quarter', start: '2026-09-15', end: '2026-12-14' }, 'vi-VN', HN)).toBe('Quý IV/2026');
    expect(periodLabel({ frequency: 'quarter', start: '2026-12-15', end: '2027-03-14' }, 'vi-VN', HN)).toBe('Quý I/2027');
    expect(periodLabel({ frequency: 'half-year', start: '2025-12-15', end: '2026-06-14' }, 'vi-VN', HN)).toBe('6 tháng đầu năm 2026');
    expect(periodLabel({ frequency: 'year', start: '2025-01-01', end: '2025-12-31' }, 'vi-VN', HN)).toBe('Năm 2025');
    expect(periodLabel({ frequency: 'year', start: '2025-12-15', end: '2026-12-14' }, 'en-GB', HN)).toBe('Year 2026');
  });

  it('names a day, a week, an hour, an instant and a range', () => {
    expect(periodLabel({ frequency: 'day', start: '2026-11-21', end: '2026-11-21' }, 'vi-VN', HN)).toBe('Ngày 21/11/2026');
    expect(periodLabel({ frequency: 'day', start: '2026-11-21', end: '2026-11-21' }, 'en-GB', HN)).toBe('21/11/2026');
    expect(periodLabel({ frequency: 'week', start: '2026-11-16', end: '2026-11-22' }, 'vi-VN', HN)).toBe('Tuần 16/11–22/11/2026');
    expect(periodLabel({ frequency: 'hour', start: '2026-11-22T06:00:00.000Z', end: '2026-11-22T07:00:00.000Z' }, 'vi-VN', HN)).toBe('13:00–14:00 22/11/2026');
    expect(periodLabel({ frequency: 'hour', start: '2026-11-22T16:00:00.000Z', end: '2026-11-22T17:00:00.000Z' }, 'vi-VN', HN)).toBe('23:00–24:00 22/11/2026');
    expect(periodLabel({ frequency: 'instant', start: '2026-11-22T09:15:30+07:00', end: '2026-11-22T09:15:30+07:00' }, 'vi-VN', HN)).toBe('Lúc 09:15 22/11/2026');
    expect(periodLabel({ frequency: 'range', start: '2026-11-15', end: '2026-11-21' }, 'vi-VN', HN)).toBe('Từ 15/11 đến 21/11/2026');
    expect(periodLabel({ frequency: 'range', start: '2025-12-15', end: '2026-01-02' }, 'en-GB', HN)).toBe('15/12/2025–02/01/2026');
    expect(periodLabel({ frequency: 'range', start: '2026-11-22T07:30:00+07:00', end: '2026-11-22T08:15:00+07:00' }, 'vi-VN', HN)).toBe('07:30–08:15 22/11/2026');
  });

  it('has an inline form to follow "so với" / "vs"', () => {
    expect(periodLabel({ frequency: 'month', start: '2026-09-15', end: '2026-10-14' }, 'vi-VN', HN, 'inline')).toBe('tháng 10/2026');
    expect(periodLabel({ frequency: 'day', start: '2026-11-20', end: '2026-11-20' }, 'vi-VN', HN, 'inline')).toBe('20/11/2026');
    expect(periodLabel({ frequency: 'year', start: '2024-01-01', end: '2024-12-31' }, 'en-GB', HN, 'inline')).toBe('2024');
    expect(periodLabel({ frequency: 'instant', start: '2026-11-20T14:45:00+07:00', end: '2026-11-20T14:45:00+07:00' }, 'en-GB', HN, 'inline')).toBe('14:45 20/11/2026');
  });
});
