import { t, type Locale } from './index.js';

/** "14:05:09" in the given time zone (default: the browser's), for "since" labels. */
export function clockTime(at: number, timeZone?: string): string {
  const options: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' };
  try {
    return new Intl.DateTimeFormat('en-GB', { ...options, timeZone }).format(at);
  } catch {
    return new Intl.DateTimeFormat('en-GB', options).format(at);
  }
}

/** Relative time in words ("5 phút trước"), for "last seen" and "reported" labels. */
export function ago(locale: Locale, seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return t(locale, 'time.secondsAgo', { n: s });
  if (s < 3600) return t(locale, 'time.minutesAgo', { n: Math.floor(s / 60) });
  if (s < 86_400) return t(locale, 'time.hoursAgo', { n: Math.floor(s / 3600) });
  return t(locale, 'time.daysAgo', { n: Math.floor(s / 86_400) });
}

/** "3 ngày 04:05:09" · "3 d 04:05:09": a duration such as uptime. */
export function formatDuration(locale: Locale, totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const days = Math.floor(s / 86_400);
  const clock = [Math.floor((s % 86_400) / 3600), Math.floor((s % 3600) / 60), s % 60].map((n) => String(n).padStart(2, '0')).join(':');
  return days > 0 ? `${days} ${locale === 'vi-VN' ? 'ngày' : 'd'} ${clock}` : clock;
}
