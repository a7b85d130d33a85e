import type { Words } from '../../i18n/words.js';

export const WORDS: Words<'none' | 'position' | 'info' | 'minor' | 'moderate' | 'severe' | 'extreme' | 'picture'> = {
  vi: { none: 'Không có tin báo', position: '{n}/{total}', info: 'Thông tin', minor: 'Nhẹ', moderate: 'Trung bình', severe: 'Nghiêm trọng', extreme: 'Rất nghiêm trọng', picture: 'Ảnh: {caption}' },
  en: { none: 'No reports', position: '{n} of {total}', info: 'Information', minor: 'Minor', moderate: 'Moderate', severe: 'Severe', extreme: 'Extreme', picture: 'Picture: {caption}' },
};
