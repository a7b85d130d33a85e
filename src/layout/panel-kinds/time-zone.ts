import { z } from 'zod';

export const timeZoneSchema = z.string().refine(isTimeZone, { message: 'is not an IANA time zone (e.g. "Asia/Ho_Chi_Minh")' });

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
