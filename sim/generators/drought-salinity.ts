import { GEO_NATIONAL, type UnitFacts } from '../geo/index.js';
import { ChannelModel } from '../model/channel-model.js';
import { emitDayFigures } from '../model/daily-figures.js';
import { dayStamp, SlotBuilder } from '../model/items.js';
import { dailySchedule } from '../model/schedules.js';
import { round, smoothNoise, uniform } from '../prng.js';
import { viDate, viNumber } from '../text/format.js';
import { civilOfDay, dayOfYear, dayStart, HOUR, isoInstant, weekday } from '../time.js';
import type { GeneratorContext } from './context.js';

/**
 * agriculture/drought-salinity — the farthest inland reach of 4‰ salinity in the Mekong estuaries
 * (km; "VN" the deepest), the area in drought (ha) and the households short of domestic water, per
 * province where they apply, for day D at 09:00 on D+1 (final). Salinity follows the dry season
 * (Dec–May, deepest Mar–Apr), the fortnightly spring tides and a per-year severity (2016 and 2020
 * were extreme); drought hits the south-centre and the highlands Feb–Jun. A "salinity" bulletin every
 * Monday of the dry season, a "drought" bulletin when the drought area passes 5,000 ha. Snapshot: 30 days.
 */
const ESTUARY: Record<string, number> = { 'VN-46': 55, 'VN-50': 65, 'VN-51': 55, 'VN-52': 60, 'VN-55': 45, 'VN-59': 50, 'VN-47': 40, 'VN-41': 70, 'VN-49': 35, 'VN-73': 40, 'VN-CT': 25, 'VN-SG': 30, 'VN-45': 20 };
const DROUGHT: Record<string, number> = { 'VN-36': 6000, 'VN-40': 5000, 'VN-34': 2500, 'VN-32': 2000, 'VN-33': 9000, 'VN-30': 7000, 'VN-72': 3000, 'VN-35': 2000, 'VN-28': 1500, 'VN-31': 1800 };
const dry = (day: number) => {
  const d = Math.abs(dayOfYear(day) - 85);
  return Math.max(0, 1 - Math.min(d, 365 - d) / 110);
};

export function createDroughtSalinity({ seed, spec }: GeneratorContext): ChannelModel {
  const severity = (year: number) => (year === 2016 || year === 2020 ? 1.35 : 0.8 + 0.35 * uniform(seed, 'salt|year', year));
  const draw = (unit: UnitFacts, day: number) => {
    const { year } = civilOfDay(day);
    const season = dry(day);
    const tide = 1 + 0.12 * Math.cos((2 * Math.PI * day) / 14.77);
    const reach = ESTUARY[unit.iso] ?? 0;
    const salinity = reach > 0 ? round(Math.max(4, reach * (0.25 + 0.75 * season) * tide * severity(year) * (1 + 0.05 * smoothNoise(seed, `salt|${unit.iso}`, day, 5))), 1) : 0;
    const base = DROUGHT[unit.iso] ?? 0;
    const drought = base > 0 ? Math.round(base * Math.max(0, season - 0.25) * severity(year) * (1 + 0.3 * smoothNoise(seed, `drought|${unit.iso}`, day, 10))) : 0;
    const households = Math.round((salinity > 40 ? (salinity - 40) * 180 : 0) + drought * 0.6);
    return { 'salinity.intrusion': salinity, 'drought.area': drought, 'households.short-water': households };
  };
  const build = (day: number) => {
    const builder = new SlotBuilder(spec);
    const units = new Map(GEO_NATIONAL.parts.map((unit) => [unit.iso, draw(unit, day)]));
    const at = dayStart(day + 1) + 9 * HOUR;
    emitDayFigures(builder, day, {
      figures: { rollUps: { 'salinity.intrusion': 'max', 'drought.area': 'sum', 'households.short-water': 'sum' }, decimals: { 'salinity.intrusion': 1 } },
      at,
      status: 'final',
      draw: (iso) => units.get(iso) ?? {},
      keep: (area, metric) => area.code === GEO_NATIONAL.code || area.parts.some((part) => (metric === 'salinity.intrusion' ? part.iso in ESTUARY : metric === 'drought.area' ? part.iso in DROUGHT : part.iso in ESTUARY || part.iso in DROUGHT)),
    });
    const deepest = Math.max(...[...units.values()].map((v) => v['salinity.intrusion']));
    if (weekday(day) === 0 && dry(day) > 0.2) {
      builder.report({ at }, {
        id: `salinity-${day}`,
        kind: 'salinity',
        area: GEO_NATIONAL.code,
        title: `Bản tin xâm nhập mặn vùng Đồng bằng sông Cửu Long ngày ${viDate(day)}`,
        text: `Ranh mặn 4‰ trên các cửa sông vào sâu ${viNumber(Math.round(deepest * 0.6))}–${viNumber(deepest, 1)} km. Trong tuần tới, xâm nhập mặn ${dry(day + 7) > dry(day) ? 'có xu hướng tăng' : 'có xu hướng giảm'}, đạt mức cao vào các ngày triều cường. Đề nghị các địa phương vận hành cống ngăn mặn, lấy nước ngọt khi độ mặn thấp, bảo đảm nước sinh hoạt cho người dân.`,
        occurredAt: isoInstant(dayStart(day) + 7 * HOUR),
        severity: deepest > 80 ? 'severe' : deepest > 55 ? 'moderate' : 'minor',
        facts: { 'max-intrusion-km': deepest },
        ...dayStamp(day),
      });
    }
    const droughtArea = [...units.values()].reduce((sum, v) => sum + v['drought.area'], 0);
    if (droughtArea > 5000 && weekday(day) === 3) {
      builder.report({ at }, {
        id: `drought-${day}`,
        kind: 'drought',
        area: GEO_NATIONAL.code,
        title: 'Tình hình hạn hán, thiếu nước Nam Trung Bộ và Tây Nguyên',
        text: `Đến ngày ${viDate(day)}, diện tích cây trồng bị hạn khoảng ${viNumber(droughtArea)} ha, tập trung tại các tỉnh Nam Trung Bộ và Tây Nguyên. Nhiều hồ chứa thủy lợi chỉ còn 20–40% dung tích thiết kế. Các địa phương đang điều tiết nước tiết kiệm, ưu tiên nước sinh hoạt, chuyển đổi cây trồng phù hợp.`,
        occurredAt: isoInstant(dayStart(day) + 8 * HOUR),
        severity: droughtArea > 20_000 ? 'severe' : 'moderate',
        facts: { 'area-ha': droughtArea },
        ...dayStamp(day),
      });
    }
    return builder.done();
  };
  return new ChannelModel(spec, [dailySchedule({ lagSlots: 1, windowSlots: 30, build })]);
}
