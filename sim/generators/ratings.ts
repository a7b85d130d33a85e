import { GEO_NATIONAL } from '../geo/index.js';
import { ChannelModel } from '../model/channel-model.js';
import { SlotBuilder, yearStamp } from '../model/items.js';
import { yearlySchedule } from '../model/schedules.js';
import { uniform } from '../prng.js';
import { viDate } from '../text/format.js';
import { dayOfCivil, dayStart, HOUR, isoInstant } from '../time.js';
import type { GeneratorContext } from './context.js';

/**
 * finance/ratings — sovereign credit ratings by Moody's, S&P and Fitch as notches (1 = AAA/Aaa … 11 =
 * BB+/Ba1, 12 = BB/Ba2 …; lower is better), one per agency per year at its annual review, with a
 * "rating" report; and the Open Budget Index every two years. History from 2010 approximates the
 * public record (example data); later years move by a seeded chance of a one-notch upgrade.
 */
const HISTORY: Record<string, readonly number[]> = {
  moodys: [14, 14, 15, 15, 14, 14, 14, 14, 13, 13, 13, 13, 12, 12, 12, 12],
  sp: [13, 13, 13, 13, 13, 13, 13, 13, 13, 12, 12, 12, 11, 11, 11, 11],
  fitch: [14, 14, 14, 14, 13, 13, 13, 13, 12, 12, 12, 12, 11, 11, 11, 11],
};
const OBI: Record<number, number> = { 2010: 14, 2012: 19, 2015: 18, 2017: 15, 2019: 8, 2021: 18, 2023: 21, 2025: 24 };
const AGENCIES = [
  { key: 'moodys', name: "Moody's", month: 9, day: 6, scale: ['Aaa', 'Aa1', 'Aa2', 'Aa3', 'A1', 'A2', 'A3', 'Baa1', 'Baa2', 'Baa3', 'Ba1', 'Ba2', 'Ba3', 'B1', 'B2', 'B3'] },
  { key: 'sp', name: 'S&P Global Ratings', month: 5, day: 10, scale: ['AAA', 'AA+', 'AA', 'AA-', 'A+', 'A', 'A-', 'BBB+', 'BBB', 'BBB-', 'BB+', 'BB', 'BB-', 'B+', 'B', 'B-'] },
  { key: 'fitch', name: 'Fitch Ratings', month: 6, day: 15, scale: ['AAA', 'AA+', 'AA', 'AA-', 'A+', 'A', 'A-', 'BBB+', 'BBB', 'BBB-', 'BB+', 'BB', 'BB-', 'B+', 'B', 'B-'] },
] as const;

function notch(seed: number, agency: string, year: number): number {
  const history = HISTORY[agency] ?? [];
  const known = history[year - 2010];
  if (known !== undefined) return known;
  let value = history[history.length - 1] ?? 12;
  for (let y = 2010 + history.length; y <= year; y++) if (uniform(seed, 'rating', agency, y) < 0.2) value = Math.max(8, value - 1);
  return value;
}

export function createRatings({ seed, spec }: GeneratorContext): ChannelModel {
  const build = (year: number) => {
    const builder = new SlotBuilder(spec);
    const stamp = yearStamp(year);
    for (const agency of AGENCIES) {
      const day = dayOfCivil({ year, month: agency.month, day: agency.day });
      const at = dayStart(day) + 10 * HOUR;
      // The year's rating is as of its review day: that is its cut-off, not the year's end.
      const given = { period: stamp.period, cutOff: isoInstant(at) };
      const value = notch(seed, agency.key, year);
      const previous = notch(seed, agency.key, year - 1);
      const label = agency.scale[value - 1] ?? String(value);
      builder.observe({ at, status: 'final' }, given, `rating.${agency.key}`, GEO_NATIONAL.code, value);
      const verb = value < previous ? 'nâng' : value > previous ? 'hạ' : 'giữ nguyên';
      const outlook = value < previous || uniform(seed, 'outlook', agency.key, year) < 0.6 ? 'Ổn định' : 'Tích cực';
      builder.report(
        { at, status: 'final' },
        {
          id: `rating-${agency.key}-${year}`,
          kind: 'rating',
          area: GEO_NATIONAL.code,
          title: `${agency.name} ${verb} xếp hạng tín nhiệm quốc gia của Việt Nam: ${label}`,
          text: `Ngày ${viDate(day)}, ${agency.name} ${verb} xếp hạng tín nhiệm quốc gia dài hạn của Việt Nam ${verb === 'giữ nguyên' ? 'ở mức' : verb === 'nâng' ? 'lên mức' : 'xuống mức'} ${label}, triển vọng ${outlook}. Tổ chức xếp hạng đánh giá cao triển vọng tăng trưởng trung hạn, khả năng chống chịu của khu vực đối ngoại và kỷ luật tài khóa; đồng thời lưu ý rủi ro từ khu vực ngân hàng và thể chế.`,
          occurredAt: isoInstant(at),
          severity: 'info',
          facts: { notch: value, rating: label, outlook, agency: agency.name },
          ...given,
        },
      );
    }
    const obi = OBI[year] ?? (year > 2025 && year % 2 === 1 ? 20 + Math.round(10 * uniform(seed, 'obi', year)) : undefined);
    if (obi !== undefined) builder.observe({ at: dayStart(dayOfCivil({ year, month: 5, day: 30 })) + 9 * HOUR, status: 'final' }, stamp, 'obi.score', GEO_NATIONAL.code, obi);
    return builder.done();
  };
  return new ChannelModel(spec, [yearlySchedule({ firstYear: 2010, lagSlots: 0, build })], 40);
}
