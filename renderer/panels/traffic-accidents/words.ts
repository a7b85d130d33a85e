import type { Words } from '../../i18n/words.js';

export const WORDS: Words<'accidents' | 'deaths' | 'injured' | 'day' | 'month' | 'all' | 'road' | 'rail' | 'waterway' | 'perDay' | 'perDayChange' | 'missing' | 'up' | 'down' | 'none' | 'basis' | 'tied'> = {
  vi: {
    accidents: 'Số vụ',
    deaths: 'Chết',
    injured: 'Bị thương',
    day: 'Ngày {date}',
    month: 'Từ {start} đến {end}',
    all: 'Tổng',
    road: 'Đường bộ',
    rail: 'Đường sắt',
    waterway: 'Đường thủy',
    perDay: 'Bình quân {value} người chết/ngày',
    perDayChange: '{direction} {value} so với cùng kỳ',
    missing: 'thiếu {n} ngày',
    up: 'Tăng nhiều nhất',
    down: 'Giảm nhiều nhất',
    none: 'Không có',
    basis: 'Số người chết {period} so với cùng kỳ',
    tied: 'bằng nhau',
  },
  en: {
    accidents: 'Accidents',
    deaths: 'Deaths',
    injured: 'Injured',
    day: '{date}',
    month: '{start} to {end}',
    all: 'Total',
    road: 'Road',
    rail: 'Rail',
    waterway: 'Waterway',
    perDay: 'Average {value} deaths/day',
    perDayChange: '{direction} {value} year on year',
    missing: '{n} days missing',
    up: 'Largest rise',
    down: 'Largest fall',
    none: 'None',
    basis: 'Deaths {period} against the same dates last year',
    tied: 'tied',
  },
};

export const DIRECTION = { vi: { up: 'tăng', down: 'giảm', same: 'không đổi' }, en: { up: 'up', down: 'down', same: 'unchanged' } } as const;
