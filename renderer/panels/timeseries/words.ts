import type { Words } from '../../i18n/words.js';

export const WORDS: Words<'revised' | 'chart' | 'none'> = {
  vi: { revised: '◆ số liệu đã điều chỉnh', chart: 'Biểu đồ so sánh: {names}', none: 'Chưa có số liệu' },
  en: { revised: '◆ revised figure', chart: 'Comparison chart: {names}', none: 'No figures yet' },
};
