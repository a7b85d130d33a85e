import { areaContaining, GEO_NATIONAL, type UnitFacts } from '../geo/index.js';
import { placeOf } from '../geo/place.js';
import { ChannelModel } from '../model/channel-model.js';
import { emitDayFigures } from '../model/daily-figures.js';
import { instantStamp, SlotBuilder } from '../model/items.js';
import { dailySchedule } from '../model/schedules.js';
import { between, pick, poisson, rng, round, smoothNoise } from '../prng.js';
import { viDateTime, viNumber } from '../text/format.js';
import { dayOfYear, dayStart, HOUR, isoInstant, MINUTE } from '../time.js';
import type { GeneratorContext } from './context.js';

/**
 * agriculture/forest-fire — the forest-fire danger level (I–V, as 1–5) of each province for day D,
 * forecast at 06:00 that day, with "VN" the highest level; fires and burned area of day D at 08:00
 * on D+1 (revised a day later as the burned area is measured); a "forest-fire" report for each fire,
 * about two hours after it starts. Seasons by region: the north-west Jan–Apr, the north-centre May–Aug
 * (the dry west wind from Laos), the highlands, south-east and Mekong (U Minh) Dec–Apr, the
 * south-centre Mar–Aug. Snapshot: 30 days.
 */
const PEAK: Record<UnitFacts['region'], [number, number]> = {
  mountains: [60, 70],
  'red-river': [75, 60],
  'north-central': [170, 70],
  'south-central': [150, 80],
  highlands: [60, 75],
  southeast: [60, 70],
  mekong: [75, 65],
};
const URBAN = new Set(['VN-HN', 'VN-SG', 'VN-HP', 'VN-DN', 'VN-CT', 'VN-20', 'VN-66', 'VN-56', 'VN-63', 'VN-67', 'VN-61', 'VN-57']);
const FORESTS = ['rừng thông', 'rừng keo', 'rừng tràm', 'rừng khộp', 'rừng trồng bạch đàn', 'rừng phòng hộ'];

export function createForestFire({ seed, spec }: GeneratorContext): ChannelModel {
  const units = GEO_NATIONAL.parts;
  const level = (unit: UnitFacts, day: number) => {
    const [peak, width] = PEAK[unit.region];
    const distance = Math.abs(dayOfYear(day) - peak);
    const season = Math.max(0, 1 - Math.min(distance, 365 - distance) / (width * 1.6));
    const dryness = 0.5 + 0.5 * smoothNoise(seed, `fire|dry|${unit.region}`, day, 6);
    return Math.min(5, Math.max(1, 1 + Math.floor(4.6 * season * (0.45 + 0.75 * dryness))));
  };
  const fires = (unit: UnitFacts, day: number) => {
    const next = rng(seed, 'fire', unit.iso, day);
    const danger = level(unit, day);
    const count = URBAN.has(unit.iso) ? 0 : poisson(next, 0.004 * danger * danger);
    return Array.from({ length: count }, () => ({ at: dayStart(day) + between(next, 10, 17) * HOUR + between(next, 0, 59) * MINUTE, ha: round(0.3 + next() * (danger >= 4 ? 25 : 6), 1) }));
  };
  const build = (day: number) => {
    const builder = new SlotBuilder(spec);
    emitDayFigures(builder, day, { figures: { rollUps: { 'danger-level': 'max' } }, at: dayStart(day) + 6 * HOUR, status: 'final', draw: (iso) => ({ 'danger-level': level(units.find((u) => u.iso === iso) ?? (units[0] as UnitFacts), day) }) });
    const perUnit = new Map(units.map((unit) => [unit.iso, fires(unit, day)]));
    emitDayFigures(builder, day, {
      figures: { rollUps: { fires: 'sum', 'area.burned': 'sum' }, decimals: { 'area.burned': 1 } },
      at: dayStart(day + 1) + 8 * HOUR,
      draw: (iso) => {
        const list = perUnit.get(iso) ?? [];
        return { fires: list.length, 'area.burned': list.reduce((sum, fire) => sum + fire.ha, 0) };
      },
      revision: { at: dayStart(day + 2) + 8 * HOUR, draw: (iso, first) => ((first.fires ?? 0) > 0 ? { ...first, 'area.burned': round((first['area.burned'] ?? 0) * 1.15, 1) } : first) },
    });
    for (const [iso, list] of perUnit) {
      list.forEach((fire, index) => {
        const area = areaContaining(iso, day);
        const next = rng(seed, 'fire|text', iso, day, index);
        const forest = pick(next, FORESTS);
        const people = between(next, 50, 400);
        const id = `fire-${day}-${iso.slice(3).toLowerCase()}-${index}`;
        builder.report(
          { at: fire.at + 2 * HOUR },
          {
            id,
            kind: 'forest-fire',
            area: area.code,
            title: `Cháy ${forest} tại ${area.name}`,
            text: `Khoảng ${viDateTime(fire.at)}, xảy ra cháy ${forest} tại ${area.name}. Địa phương đã huy động khoảng ${viNumber(people)} người gồm kiểm lâm, quân đội, công an, dân quân và người dân tham gia chữa cháy. Diện tích bị cháy ban đầu ước khoảng ${viNumber(fire.ha, 1)} ha; không có thiệt hại về người. Cấp dự báo cháy rừng tại khu vực: cấp ${['I', 'II', 'III', 'IV', 'V'][level(units.find((u) => u.iso === iso) ?? (units[0] as UnitFacts), day) - 1]}.`,
            occurredAt: isoInstant(fire.at),
            severity: fire.ha > 10 ? 'severe' : 'moderate',
            location: { ...placeOf(seed, id, iso, 25), place: area.name },
            facts: { 'area-ha': fire.ha, people },
            ...instantStamp(fire.at),
          },
        );
      });
    }
    return builder.done();
  };
  return new ChannelModel(spec, [dailySchedule({ lagSlots: 2, windowSlots: 30, build })]);
}
