import type { CivilDate } from '../src/domain/civil-date.js';

/**
 * Time in the room's zone, Asia/Ho_Chi_Minh (UTC+7 all year, no daylight saving), without Intl on
 * the hot path. Days are numbered from 1970-01-01 in that zone.
 */
export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const ICT_OFFSET = 7 * HOUR;

/** 1 July 2025: the 34 units replace the 63 (Resolution 202/2025/QH15). */
export const MERGER_DAY = dayOfCivil({ year: 2025, month: 7, day: 1 });

export function dayIndex(t: number): number {
  return Math.floor((t + ICT_OFFSET) / DAY);
}

/** The instant of 00:00 ICT of a day. */
export function dayStart(day: number): number {
  return day * DAY - ICT_OFFSET;
}

export function civilOfDay(day: number): CivilDate {
  const date = new Date(day * DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function dayOfCivil(date: CivilDate): number {
  return Math.round(Date.UTC(date.year, date.month - 1, date.day) / DAY);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** "YYYY-MM-DD" of a day. */
export function isoDate(day: number): string {
  const { year, month, day: d } = civilOfDay(day);
  return `${year}-${pad2(month)}-${pad2(d)}`;
}

export function isoCivil(date: CivilDate): string {
  return `${date.year}-${pad2(date.month)}-${pad2(date.day)}`;
}

/** An instant in ICT with its offset, e.g. "2026-11-22T08:00:00+07:00" (milliseconds only when not 0). */
export function isoInstant(t: number): string {
  const text = new Date(t + ICT_OFFSET).toISOString();
  return t % 1000 === 0 ? `${text.slice(0, 19)}+07:00` : `${text.slice(0, 23)}+07:00`;
}

/** Minutes since 00:00 ICT. */
export function minuteOfDay(t: number): number {
  return Math.floor((((t + ICT_OFFSET) % DAY) + DAY) % DAY / MINUTE);
}

export function hourOfDay(t: number): number {
  return Math.floor(minuteOfDay(t) / 60);
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** Day of the year, 0-based, and a season angle (0 on 1 January, 2π a year later). */
export function dayOfYear(day: number): number {
  const { year } = civilOfDay(day);
  return day - dayOfCivil({ year, month: 1, day: 1 });
}

export function seasonAngle(day: number): number {
  return (2 * Math.PI * dayOfYear(day)) / 365.25;
}

/** Month 1-12 of a day. */
export function monthOfDay(day: number): number {
  return civilOfDay(day).month;
}

/** Whether figures for a period ending on `lastDay` are reported per the 63 units (before the merger). */
export function uses63Units(lastDay: number): boolean {
  return lastDay < MERGER_DAY;
}
