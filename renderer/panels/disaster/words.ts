import type { Words } from '../../i18n/words.js';

type Key = 'onDay' | 'extreme' | 'severe' | 'moderate' | 'minor' | 'inForce' | 'warnings' | 'level' | 'provinces' | 'none' | 'latest' | 'gravest';

export const WORDS: Words<Key> = {
  vi: {
    onDay: 'Trong ngày',
    extreme: 'Rất nghiêm trọng',
    severe: 'Nghiêm trọng',
    moderate: 'Trung bình',
    minor: 'Nhẹ',
    inForce: 'Đang hiệu lực',
    warnings: 'Cảnh báo',
    level: 'Cấp {level}',
    provinces: 'Số tỉnh',
    none: 'Không có',
    latest: 'Mới nhất',
    gravest: 'Nghiêm trọng nhất',
  },
  en: {
    onDay: 'On the day',
    extreme: 'Extreme',
    severe: 'Severe',
    moderate: 'Moderate',
    minor: 'Minor',
    inForce: 'In force',
    warnings: 'Warnings',
    level: 'Level {level}',
    provinces: 'Provinces',
    none: 'None',
    latest: 'Latest',
    gravest: 'Gravest',
  },
};

export const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V'] as const;
