import { civilOfDay, dayIndex, ICT_OFFSET, MINUTE } from '../time.js';

/** Vietnamese number format: "1.234,5". */
export function viNumber(value: number, decimals = 0): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** "21/11/2026" */
export function viDate(day: number): string {
  const { year, month, day: d } = civilOfDay(day);
  return `${d}/${month}/${year}`;
}

/** "8 giờ 30" in ICT. */
export function viClock(t: number): string {
  const minutes = Math.floor((((t + ICT_OFFSET) % 86_400_000) + 86_400_000) % 86_400_000 / MINUTE);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} giờ` : `${h} giờ ${m < 10 ? '0' : ''}${m}`;
}

/** "8 giờ 30 ngày 21/11/2026" */
export function viDateTime(t: number): string {
  return `${viClock(t)} ngày ${viDate(dayIndex(t))}`;
}

export function countWords(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/** Keeps at most `max` words (the protocol's word limits); ends with "…" when cut. */
export function limitWords(text: string, max: number): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length <= max) return words.join(' ');
  return `${words.slice(0, max).join(' ')}…`;
}

/** Lower-case code fragment from a number or name: ids must match the protocol's code pattern. */
export function codePart(value: string | number): string {
  return String(value)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
