import { areaByCode } from '../../src/domain/areas/index.js';
import { reportingPeriodLabel, type ReportingFrequency } from '../../src/domain/reporting-period.js';
import type { Period } from '../../src/protocol/feed/provenance.js';
import { languageOf, type Locale } from '../i18n/index.js';

/**
 * How data panels write figures, periods, times, units and areas: Vietnamese conventions first
 * (1.234,5 · 21/11/2026 · 24:00), English (en-GB) where the layout asks for it. Shared by every data
 * panel kind and by the FreshnessBadge.
 */

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, decimals: number): Intl.NumberFormat {
  const key = `${locale}|${decimals}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: true });
    numberFormats.set(key, format);
  }
  return format;
}

/** The typographic minus, easier to see across a room than a hyphen. */
const MINUS = '\u2212';

/** "12.345,6" (vi-VN) · "12,345.6" (en-GB). Never "−0": a value that rounds to zero is zero. */
export function formatNumber(value: number, decimals: number, locale: Locale): string {
  const factor = 10 ** decimals;
  let rounded = Math.round(Math.abs(value) * factor) / factor;
  if (rounded === 0) rounded = 0;
  const text = numberFormat(locale, decimals).format(rounded);
  return value < 0 && rounded !== 0 ? `${MINUS}${text}` : text;
}

/**
 * Decimals when a panel does not say: none for whole numbers and for thousands and up, one from 10,
 * two below (a PM2.5 of 41, output of 1.234 GWh, an index of 1.284,37 where the option asks).
 */
export function defaultDecimals(value: number): number {
  const magnitude = Math.abs(value);
  if (Number.isInteger(value) || magnitude >= 1_000) return 0;
  if (magnitude >= 10) return 1;
  return 2;
}

const UNITS: Readonly<Record<string, { vi: string; en: string }>> = {
  persons: { vi: 'người', en: 'people' },
  'persons/day': { vi: 'người/ngày', en: 'people/day' },
  count: { vi: '', en: '' },
  points: { vi: 'điểm', en: 'points' },
  'VND bn': { vi: 'tỷ đồng', en: 'VND bn' },
  doses: { vi: 'liều', en: 'doses' },
  level: { vi: 'cấp', en: 'level' },
  notch: { vi: 'bậc', en: 'notch' },
  '% yoy': { vi: '%', en: '%' },
  '%/year': { vi: '%/năm', en: '%/year' },
  'USD m': { vi: 'triệu USD', en: 'USD m' },
  'VND m': { vi: 'triệu đồng', en: 'VND m' },
  'VND thousand': { vi: 'nghìn đồng', en: 'VND thousand' },
  'VND m/worker': { vi: 'triệu đồng/lao động', en: 'VND m/worker' },
  'thousand persons': { vi: 'nghìn người', en: 'thousand people' },
  'thousand tonnes': { vi: 'nghìn tấn', en: 'thousand tonnes' },
  'thousand arrivals': { vi: 'nghìn lượt', en: 'thousand arrivals' },
  'thousand passengers': { vi: 'nghìn lượt khách', en: 'thousand passengers' },
  'thousand applications': { vi: 'nghìn hồ sơ', en: 'thousand applications' },
  'per 10,000 pop.': { vi: '/10.000 dân', en: 'per 10,000 people' },
  'per 1,000 pop.': { vi: '‰ dân', en: 'per 1,000 people' },
  'per 100 pop.': { vi: '/100 dân', en: 'per 100 people' },
  'per 1,000 live births': { vi: '‰ trẻ đẻ sống', en: 'per 1,000 live births' },
  'per 100,000 live births': { vi: '/100.000 trẻ đẻ sống', en: 'per 100,000 live births' },
  'children per woman': { vi: 'con/phụ nữ', en: 'children per woman' },
  'boys per 100 girls': { vi: 'bé trai/100 bé gái', en: 'boys per 100 girls' },
  'billion kWh': { vi: 'tỷ kWh', en: 'billion kWh' },
  'm²/person': { vi: 'm²/người', en: 'm²/person' },
  rank: { vi: 'hạng', en: 'rank' },
  ratio: { vi: 'lần', en: 'ratio' },
  years: { vi: 'năm', en: 'years' },
  weeks: { vi: 'tuần', en: 'weeks' },
  hours: { vi: 'giờ', en: 'hours' },
  days: { vi: 'ngày', en: 'days' },
  times: { vi: 'lần', en: 'times' },
  units: { vi: '', en: '' },
  index: { vi: '', en: '' },
};

/** A unit as readers write it ("người", "tỷ đồng"); "" for a plain count; others as the feed gives them (GWh, %, µg/m³). */
export function unitLabel(unit: string, locale: Locale): string {
  const known = UNITS[unit];
  return known ? known[languageOf(locale)] : unit;
}

/** "Toàn quốc" · "Viet Nam"; provinces keep their Vietnamese names in both languages. */
export function areaName(code: string, locale: Locale): string {
  const area = areaByCode(code);
  if (!area) return code;
  if (languageOf(locale) === 'en') {
    if (area.set === 'national') return 'Viet Nam';
    if (area.set === 'world') return 'World';
  }
  return area.name;
}

// ---- times (in the layout's time zone) ----

interface Moment {
  day: string;
  month: string;
  year: string;
  hour: string;
  minute: string;
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
function momentIn(at: number, timeZone: string): Moment {
  let format = dateTimeFormats.get(timeZone);
  if (!format) {
    if (dateTimeFormats.size > 32) dateTimeFormats.clear();
    try {
      format = new Intl.DateTimeFormat('en-GB', { timeZone, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    } catch {
      format = new Intl.DateTimeFormat('en-GB', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    }
    dateTimeFormats.set(timeZone, format);
  }
  const moment: Moment = { day: '', month: '', year: '', hour: '', minute: '' };
  for (const part of format.formatToParts(at)) if (part.type in moment) moment[part.type as keyof Moment] = part.value;
  return moment;
}

export type TimeStyle = 'time' | 'day-month' | 'full';

/**
 * "14:05" · "14:05 21/11" · "14:05 21/11/2026". With `midnightAs24`, midnight is written as the end of
 * the day before ("24:00 21/11/2026"), as cut-offs are ("tính đến 24 giờ ngày 21/11").
 */
export function formatTime(at: number, timeZone: string, style: TimeStyle = 'full', midnightAs24 = false): string {
  let moment = momentIn(at, timeZone);
  let hour = moment.hour;
  if (midnightAs24 && moment.hour === '00' && moment.minute === '00') {
    moment = momentIn(at - 60_000, timeZone);
    hour = '24';
    moment = { ...moment, minute: '00' };
  }
  const time = `${hour}:${moment.minute}`;
  if (style === 'time') return time;
  if (style === 'day-month') return `${time} ${moment.day}/${moment.month}`;
  return `${time} ${moment.day}/${moment.month}/${moment.year}`;
}

/** The date of a moment in the time zone: "29/11", or with the year "29/11/2026". */
export function formatDate(at: number, timeZone: string, withYear = false): string {
  const moment = momentIn(at, timeZone);
  return withYear ? `${moment.day}/${moment.month}/${moment.year}` : `${moment.day}/${moment.month}`;
}

// ---- periods ----

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface Civil {
  year: number;
  month: number;
  day: number;
}

function civilOf(bound: string, timeZone: string, isEnd: boolean): Civil | null {
  const date = DATE.exec(bound);
  if (date) return { year: Number(date[1]), month: Number(date[2]), day: Number(date[3]) };
  const at = Date.parse(bound);
  if (Number.isNaN(at)) return null;
  // An end instant is exclusive: a period ending at 00:00 on the 1st ends on the last day before it.
  const moment = momentIn(isEnd ? at - 1 : at, timeZone);
  return { year: Number(moment.year), month: Number(moment.month), day: Number(moment.day) };
}

const dd = (n: number) => String(n).padStart(2, '0');
const dayMonth = (date: Civil) => `${dd(date.day)}/${dd(date.month)}`;
const fullDate = (date: Civil) => `${dayMonth(date)}/${date.year}`;

const INDEX_OF_MONTH: Record<ReportingFrequency, (month: number) => number> = {
  month: (month) => month,
  quarter: (month) => Math.ceil(month / 3),
  'half-year': (month) => Math.ceil(month / 6),
  year: () => 1,
};

/** 'full': "Tháng 11/2026", "Ngày 21/11/2026"; 'inline': the same to follow "so với" ("tháng 10/2026", "20/11/2026"). */
export type PeriodForm = 'full' | 'inline';

/**
 * The period a figure covers, as officials write it. Monthly, quarterly, half-yearly and yearly periods
 * are named by the month their period ends in (Decree 09/2019: 15 Oct–14 Nov is "Tháng 11/2026"; a
 * calendar month or year is named the same way); a day by its date; an hour as a range; an instant by
 * its time; a week or a range by its dates.
 */
export function periodLabel(period: Period, locale: Locale, timeZone: string, form: PeriodForm = 'full'): string {
  const language = languageOf(locale);
  const vi = language === 'vi';
  const start = civilOf(period.start, timeZone, false);
  const end = civilOf(period.end, timeZone, true);
  if (!start || !end) return `${period.start} – ${period.end}`;
  const frequency = period.frequency;
  switch (frequency) {
    case 'month':
    case 'quarter':
    case 'half-year':
    case 'year': {
      const label = reportingPeriodLabel({ frequency, year: end.year, index: INDEX_OF_MONTH[frequency](end.month), start: end, cutOff: end }, language);
      if (form === 'full') return label;
      return vi ? label.charAt(0).toLowerCase() + label.slice(1) : frequency === 'year' ? String(end.year) : label;
    }
    case 'day':
      if (form === 'inline') return fullDate(end);
      return vi ? `Ngày ${fullDate(end)}` : fullDate(end);
    case 'week': {
      const range = `${dayMonth(start)}–${fullDate(end)}`;
      if (vi) return `${form === 'full' ? 'Tuần' : 'tuần'} ${range}`;
      return `${form === 'full' ? 'Week' : 'week'} ${range}`;
    }
    case 'hour': {
      const from = Date.parse(period.start);
      const to = Date.parse(period.end);
      return `${formatTime(from, timeZone, 'time')}–${formatTime(to, timeZone, 'time', true)} ${fullDate(start)}`;
    }
    case 'instant': {
      const at = formatTime(Date.parse(period.start), timeZone, 'full');
      if (form === 'inline') return at;
      return vi ? `Lúc ${at}` : `At ${at}`;
    }
    case 'range':
    default: {
      if (!DATE.test(period.start) || !DATE.test(period.end)) {
        const from = Date.parse(period.start);
        const to = Date.parse(period.end);
        const sameDay = start.year === end.year && start.month === end.month && start.day === end.day;
        return sameDay
          ? `${formatTime(from, timeZone, 'time')}–${formatTime(to, timeZone, 'time', true)} ${fullDate(start)}`
          : `${formatTime(from, timeZone, 'day-month')} – ${formatTime(to, timeZone, 'full', true)}`;
      }
      const from = start.year === end.year ? dayMonth(start) : fullDate(start);
      if (vi) return form === 'full' ? `Từ ${from} đến ${fullDate(end)}` : `${from}–${fullDate(end)}`;
      return `${from}–${fullDate(end)}`;
    }
  }
}
