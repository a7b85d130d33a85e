import { describe, expect, it } from 'vitest';
import { civilDateIn } from '../../../src/domain/civil-date.js';
import { formatLongDate, formatShortDate, formatTime, formatUtcOffset, periodLines } from './format.js';

// 07:05:09 UTC on Sunday 22 November 2026 is 14:05:09 in Hà Nội.
const instant = new Date(Date.UTC(2026, 10, 22, 7, 5, 9));

describe('clock formatting', () => {
  it('formats the time in the panel time zone, 24-hour, with or without seconds', () => {
    expect(formatTime(instant, 'Asia/Ho_Chi_Minh', true)).toBe('14:05:09');
    expect(formatTime(instant, 'Asia/Ho_Chi_Minh', false)).toBe('14:05');
    expect(formatTime(instant, 'Europe/London', true)).toBe('07:05:09');
    expect(formatTime(new Date(Date.UTC(2026, 10, 22, 17, 0, 0)), 'Asia/Ho_Chi_Minh', true)).toBe('00:00:00');
  });

  it('writes the date the Vietnamese way, and the English way', () => {
    const today = civilDateIn(instant, 'Asia/Ho_Chi_Minh');
    expect(formatLongDate(today, 'vi-VN')).toBe('Chủ nhật, 22/11/2026');
    expect(formatLongDate({ year: 2026, month: 11, day: 23 }, 'vi-VN')).toBe('Thứ hai, 23/11/2026');
    expect(formatLongDate(today, 'en-GB')).toBe('Sunday, 22 November 2026');
    expect(formatShortDate({ year: 2027, month: 1, day: 5 })).toBe('05/01/2027');
  });

  it('takes the date from the time zone, not from UTC', () => {
    // 20:00 UTC on Saturday 21 November is already Sunday 22 November, 03:00 in Hà Nội.
    const lateUtc = new Date(Date.UTC(2026, 10, 21, 20, 0, 0));
    expect(formatLongDate(civilDateIn(lateUtc, 'Asia/Ho_Chi_Minh'), 'vi-VN')).toBe('Chủ nhật, 22/11/2026');
    expect(formatLongDate(civilDateIn(lateUtc, 'UTC'), 'vi-VN')).toBe('Thứ bảy, 21/11/2026');
  });

  it('names the UTC offset', () => {
    expect(formatUtcOffset(instant, 'Asia/Ho_Chi_Minh')).toBe('UTC+7');
    expect(formatUtcOffset(instant, 'UTC')).toBe('UTC');
    expect(formatUtcOffset(instant, 'Asia/Kolkata')).toBe('UTC+5:30');
  });
});

describe('reporting period lines (Decree 09/2019)', () => {
  it('gives each requested period that exists today, in order, with its cut-off and the days left: no "6 tháng cuối năm"', () => {
    const lines = periodLines({ year: 2026, month: 11, day: 22 }, ['month', 'quarter', 'half-year', 'year'], 'vi-VN');
    expect(lines.map((line) => `${line.label} | ${line.detail}`)).toEqual([
      'Tháng 12/2026 | Chốt số liệu: 14/12/2026 · còn 22 ngày',
      'Quý IV/2026 | Chốt số liệu: 14/12/2026 · còn 22 ngày',
      'Năm 2026 | Chốt số liệu: 14/12/2026 · còn 22 ngày',
    ]);
  });

  it('shows the cumulative six-month and nine-month periods inside their windows', () => {
    const lines = periodLines({ year: 2026, month: 5, day: 20 }, ['half-year', 'nine-month'], 'vi-VN');
    expect(lines.map((line) => `${line.label} | ${line.detail}`)).toEqual([
      '6 tháng năm 2026 | Chốt số liệu: 14/06/2026 · còn 25 ngày',
      '9 tháng năm 2026 | Chốt số liệu: 14/09/2026 · còn 117 ngày',
    ]);
  });

  it('moves to the next period on the 15th and counts down to the cut-off day', () => {
    const [onCutOff] = periodLines({ year: 2026, month: 12, day: 14 }, ['month'], 'vi-VN');
    expect(onCutOff).toMatchObject({ label: 'Tháng 12/2026', daysLeft: 0, left: 'hôm nay chốt số liệu' });
    const [dayBefore] = periodLines({ year: 2026, month: 12, day: 13 }, ['month'], 'en-GB');
    expect(dayBefore).toMatchObject({ label: 'December 2026', cutOff: 'Cut-off: 14/12/2026', left: '1 day left' });
    const [next] = periodLines({ year: 2026, month: 12, day: 15 }, ['quarter'], 'vi-VN');
    expect(next).toMatchObject({ label: 'Quý I/2027', detail: 'Chốt số liệu: 14/03/2027 · còn 89 ngày' });
  });
});
