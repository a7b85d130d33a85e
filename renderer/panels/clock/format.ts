import { daysBetween, type CivilDate } from '../../../src/domain/civil-date.js';
import { currentDecreePeriod, type DecreePeriodKind } from '../../../src/domain/reporting-period.js';
import { languageOf, t, type Locale } from '../../i18n/index.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let found = formatters.get(key);
  if (!found) {
    // A handful of time zones at most; the cap only guards against a pathological layout.
    if (formatters.size > 64) formatters.clear();
    found = make();
    formatters.set(key, found);
  }
  return found;
}

/** "14:05:09" (or "14:05"), 24-hour, in `timeZone`. */
export function formatTime(instant: Date, timeZone: string, showSeconds: boolean): string {
  return formatter(`time|${timeZone}|${showSeconds}`, () =>
    new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', second: showSeconds ? '2-digit' : undefined, hourCycle: 'h23' }),
  ).format(instant);
}

/** "UTC+7": the offset of `timeZone` at `instant`. */
export function formatUtcOffset(instant: Date, timeZone: string): string {
  const parts = formatter(`offset|${timeZone}`, () => new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'shortOffset' })).formatToParts(instant);
  const name = parts.find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const offset = name.replace(/^GMT/, '');
  return offset === '' || /^[+-]0$/.test(offset) ? 'UTC' : `UTC${offset}`;
}

const VI_WEEKDAYS = ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'];
const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function weekday(date: CivilDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** "22/11/2026": how both vi-VN and en-GB write a date in figures. */
export function formatShortDate(date: CivilDate): string {
  return `${String(date.day).padStart(2, '0')}/${String(date.month).padStart(2, '0')}/${date.year}`;
}

/** "Chủ nhật, 22/11/2026" · "Sunday, 22 November 2026". */
export function formatLongDate(date: CivilDate, locale: Locale): string {
  if (locale === 'vi-VN') return `${VI_WEEKDAYS[weekday(date)]}, ${formatShortDate(date)}`;
  return `${EN_WEEKDAYS[weekday(date)]}, ${date.day} ${EN_MONTHS[date.month - 1]} ${date.year}`;
}

export interface PeriodLine {
  frequency: DecreePeriodKind;
  /** "Tháng 12/2026" */
  label: string;
  /** "Chốt số liệu: 14/12/2026" */
  cutOff: string;
  /** "còn 22 ngày" */
  left: string;
  /** "Chốt số liệu: 14/12/2026 · còn 22 ngày" */
  detail: string;
  daysLeft: number;
}

/** The current reporting period of each kind that has one today, with its data cut-off and the days left to it. */
export function periodLines(today: CivilDate, frequencies: readonly DecreePeriodKind[], locale: Locale): PeriodLine[] {
  const language = languageOf(locale);
  return frequencies.flatMap((frequency) => {
    const period = currentDecreePeriod(frequency, today, language);
    if (!period) return [];
    const daysLeft = daysBetween(today, period.cutOff);
    const left = daysLeft === 0 ? t(locale, 'clock.cutOffToday') : t(locale, daysLeft === 1 ? 'clock.dayLeft' : 'clock.daysLeft', { days: daysLeft });
    const cutOff = t(locale, 'clock.cutOff', { date: formatShortDate(period.cutOff) });
    return [{ frequency, label: period.label, cutOff, left, detail: `${cutOff} · ${left}`, daysLeft }];
  });
}

