/** The nine groups of the socio-economic indicators, Decision 293/QĐ-TTg (2020), domain facts §5. */
export const INDICATOR_GROUP_CODES = [
  'economic-growth',
  'public-finance',
  'macro-stability',
  'business-environment',
  'labour-employment',
  'social-issues',
  'environment',
  'public-administration',
  'infrastructure-science-technology',
] as const;
export type IndicatorGroupCode = (typeof INDICATOR_GROUP_CODES)[number];

export interface IndicatorGroup {
  code: IndicatorGroupCode;
  /** "01" … "09": the first two digits of every indicator number in the group. */
  number: string;
  vi: string;
  en: string;
}

export const INDICATOR_GROUPS: readonly IndicatorGroup[] = Object.freeze(
  (
    [
      ['economic-growth', 'Tăng trưởng kinh tế', 'Economic growth'],
      ['public-finance', 'Tài chính công', 'Public finance'],
      ['macro-stability', 'Ổn định kinh tế vĩ mô', 'Macro-economic stability'],
      ['business-environment', 'Môi trường kinh doanh', 'Business environment'],
      ['labour-employment', 'Lao động, việc làm', 'Labour and employment'],
      ['social-issues', 'Các vấn đề xã hội', 'Social issues'],
      ['environment', 'Môi trường', 'Environment'],
      ['public-administration', 'Hành chính công phục vụ người dân', 'Public administration serving people'],
      ['infrastructure-science-technology', 'Cơ sở hạ tầng, khoa học và công nghệ', 'Infrastructure, science and technology'],
    ] as const
  ).map(([code, vi, en], i) => Object.freeze({ code, number: String(i + 1).padStart(2, '0'), vi, en })),
);

export function indicatorGroup(code: IndicatorGroupCode): IndicatorGroup {
  return INDICATOR_GROUPS.find((group) => group.code === code)!;
}
