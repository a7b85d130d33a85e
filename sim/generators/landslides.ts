import { areaContaining, GEO_NATIONAL, type UnitFacts } from '../geo/index.js';
import { placeOf } from '../geo/place.js';
import { ChannelModel } from '../model/channel-model.js';
import { emitDayFigures } from '../model/daily-figures.js';
import { instantStamp, SlotBuilder } from '../model/items.js';
import { dailySchedule } from '../model/schedules.js';
import { between, pick, poisson, rng } from '../prng.js';
import { viDate, viNumber } from '../text/format.js';
import { dayOfYear, dayStart, HOUR, isoInstant } from '../time.js';
import type { GeneratorContext } from './context.js';
import { MAX_WARNING_DAYS, warningEventsOfDay } from './warning-events.js';

/**
 * agriculture/landslides — new river-bank and coastal landslide sites and their length, per province and
 * nationwide, for day D at 10:00 on D+1 (final), and a "landslide" report per site. Mekong Delta
 * river banks slide in the dry season (Mar–Jun, sand mining and low water) and at the flood peak
 * (Sep–Nov); coasts erode under the north-east monsoon (Oct–Jan); mountain and central provinces
 * slide under the rain of landslide and flash-flood warnings. Snapshot: 30 days.
 */
const EROSION_COASTS = new Set(['VN-59', 'VN-55', 'VN-27', 'VN-29', 'VN-31', 'VN-46', 'VN-50', 'VN-51', 'VN-52', 'VN-40', 'VN-26']);
const bump = (day: number, peak: number, width: number) => {
  const d = Math.abs(dayOfYear(day) - peak);
  return Math.max(0, 1 - Math.min(d, 365 - d) / width);
};

export function createLandslides({ seed, spec }: GeneratorContext): ChannelModel {
  const units = GEO_NATIONAL.parts;
  const rainy = (day: number) => {
    const exposed = new Set<string>();
    for (let d = day - MAX_WARNING_DAYS; d <= day; d++) {
      for (const event of warningEventsOfDay(seed, d)) {
        if ((event.kind === 'landslide-risk' || event.kind === 'flash-flood' || event.kind === 'storm') && event.issuedAt < dayStart(day + 1) && event.endsAt > dayStart(day)) for (const iso of event.affected) exposed.add(iso);
      }
    }
    return exposed;
  };
  const sites = (unit: UnitFacts, day: number, exposed: Set<string>) => {
    const next = rng(seed, 'slide', unit.iso, day);
    let rate = 0;
    let kind: 'river' | 'coast' | 'hill' = 'river';
    if (unit.region === 'mekong') rate += 0.03 * (bump(day, 120, 60) + bump(day, 290, 50));
    if (EROSION_COASTS.has(unit.iso)) {
      const coast = 0.025 * bump(day, 340, 60);
      if (coast > rate) kind = 'coast';
      rate += coast;
    }
    if (exposed.has(unit.iso)) {
      rate += 0.4;
      kind = unit.region === 'mekong' ? 'river' : 'hill';
    }
    return Array.from({ length: poisson(next, rate) }, () => ({ kind, metres: between(next, 2, 60) * 10 }));
  };
  const build = (day: number) => {
    const builder = new SlotBuilder(spec);
    const exposed = rainy(day);
    const perUnit = new Map(units.map((unit) => [unit.iso, sites(unit, day, exposed)]));
    const at = dayStart(day + 1) + 10 * HOUR;
    emitDayFigures(builder, day, {
      figures: { rollUps: { landslides: 'sum', 'landslides.length': 'sum' } },
      at,
      status: 'final',
      draw: (iso) => {
        const list = perUnit.get(iso) ?? [];
        return { landslides: list.length, 'landslides.length': list.reduce((sum, site) => sum + site.metres, 0) };
      },
    });
    for (const [iso, list] of perUnit) {
      list.forEach((site, index) => {
        const area = areaContaining(iso, day);
        const next = rng(seed, 'slide|text', iso, day, index);
        const where = site.kind === 'coast' ? 'bờ biển' : site.kind === 'river' ? `bờ ${pick(next, ['sông Tiền', 'sông Hậu', 'sông Cổ Chiên', 'kênh', 'sông Vàm Cỏ'])}` : 'taluy dương tuyến đường tỉnh';
        const households = between(next, 0, 25);
        const id = `slide-${day}-${iso.slice(3).toLowerCase()}-${index}`;
        builder.report(
          { at },
          {
            id,
            kind: 'landslide',
            area: area.code,
            title: `Sạt lở ${where} tại ${area.name}`,
            text: `Ngày ${viDate(day)}, xảy ra sạt lở ${where} tại ${area.name}, chiều dài khoảng ${viNumber(site.metres)} m, ăn sâu ${between(next, 3, 25)} m. ${households > 0 ? `${households} hộ dân phải di dời khẩn cấp.` : 'Chưa có thiệt hại về người và nhà ở.'} Địa phương đã cắm biển cảnh báo, khoanh vùng nguy hiểm và đề xuất công bố tình huống khẩn cấp để xử lý.`,
            occurredAt: isoInstant(dayStart(day) + between(next, 1, 22) * HOUR),
            severity: site.metres > 300 ? 'severe' : 'moderate',
            location: { ...placeOf(seed, id, iso, 20), place: area.name },
            facts: { 'length-m': site.metres, households },
            ...instantStamp(dayStart(day)),
          },
        );
      });
    }
    return builder.done();
  };
  return new ChannelModel(spec, [dailySchedule({ lagSlots: 1, windowSlots: 30, build })]);
}
