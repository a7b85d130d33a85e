import type { Words } from '../../i18n/words.js';

export const WORDS: Words<'previous' | 'lastYear' | 'warning' | 'critical' | 'none' | 'sources' | 'trend' | 'same'> = {
  vi: { previous: 'Kỳ trước', lastYear: 'Cùng kỳ', warning: 'Cảnh báo', critical: 'Nghiêm trọng', none: 'Chưa có số liệu', sources: 'Nhiều cơ quan báo cáo: ghi ở từng chỉ tiêu', trend: 'Diễn biến {name}', same: 'không đổi' },
  en: { previous: 'Previous', lastYear: 'Year ago', warning: 'Warning', critical: 'Serious', none: 'No figure yet', sources: 'Several reporting agencies: named on each indicator', trend: 'Trend of {name}', same: 'unchanged' },
};
