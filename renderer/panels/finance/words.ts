import type { Words } from '../../i18n/words.js';

type Key = 'rating' | 'outlook' | 'date' | 'obi' | 'obiValue' | 'month' | 'toDate' | 'revenue' | 'expenditure' | 'balance' | 'debtShare' | 'ceiling' | 'public' | 'government' | 'foreign' | 'over' | 'near';

export const WORDS: Words<Key> = {
  vi: {
    rating: 'Xếp hạng',
    outlook: 'Triển vọng',
    date: 'Ngày',
    obi: 'Công khai ngân sách (OBI)',
    obiValue: '{value}/100',
    month: 'Trong kỳ',
    toDate: 'Lũy kế/dự toán',
    revenue: 'Thu ngân sách',
    expenditure: 'Chi ngân sách',
    balance: 'Bội chi (−)/thặng dư',
    debtShare: '% GDP',
    ceiling: 'Trần',
    public: 'Nợ công',
    government: 'Nợ Chính phủ',
    foreign: 'Nợ nước ngoài',
    over: 'Vượt trần',
    near: 'Gần trần',
  },
  en: {
    rating: 'Rating',
    outlook: 'Outlook',
    date: 'Date',
    obi: 'Open Budget Index',
    obiValue: '{value}/100',
    month: 'In the period',
    toDate: 'Year to date/estimate',
    revenue: 'Revenue',
    expenditure: 'Expenditure',
    balance: 'Balance (deficit −)',
    debtShare: '% of GDP',
    ceiling: 'Ceiling',
    public: 'Public debt',
    government: 'Government debt',
    foreign: 'External debt',
    over: 'Over the ceiling',
    near: 'Near the ceiling',
  },
};

/** Outlook words as the agencies' reports give them (Vietnamese), in English. */
export const OUTLOOK_EN: Readonly<Record<string, string>> = { 'Ổn định': 'Stable', 'Tích cực': 'Positive', 'Tiêu cực': 'Negative', 'Theo dõi': 'Watch' };
