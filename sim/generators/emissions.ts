import { areaContaining, GEO_NATIONAL } from '../geo/index.js';
import { ChannelModel } from '../model/channel-model.js';
import { emitDayFigures } from '../model/daily-figures.js';
import { instantStamp, SlotBuilder } from '../model/items.js';
import { dailySchedule } from '../model/schedules.js';
import { between, pick, poisson, rng, round } from '../prng.js';
import { viDateTime, viNumber } from '../text/format.js';
import { dayStart, HOUR, isoInstant, MINUTE } from '../time.js';
import type { GeneratorContext } from './context.js';

/**
 * environment/emissions — automatic continuous monitoring of large waste-water and emission sources:
 * per province and nationwide, the sources transmitting data and those over the limit on day D,
 * published at 09:00 on D+1 (final), and an "exceedance" report (reported within the hour) for some of
 * the sources over the limit. Industrial provinces have the most sources. Snapshot: 30 days.
 */
const INDUSTRIAL: Record<string, number> = { 'VN-SG': 180, 'VN-57': 150, 'VN-39': 140, 'VN-HN': 120, 'VN-HP': 90, 'VN-43': 80, 'VN-56': 70, 'VN-13': 65, 'VN-61': 50, 'VN-41': 60, 'VN-54': 45, 'VN-70': 40, 'VN-21': 45, 'VN-22': 30, 'VN-23': 35 };
const PLANTS = ['nhà máy giấy', 'nhà máy thép', 'nhà máy xi măng', 'nhà máy nhiệt điện than', 'nhà máy chế biến thủy sản', 'trạm xử lý nước thải tập trung khu công nghiệp', 'nhà máy dệt nhuộm', 'nhà máy chế biến cao su'];
const PARAMETERS = [
  ['COD', 'nước thải'],
  ['TSS', 'nước thải'],
  ['amoni', 'nước thải'],
  ['bụi tổng', 'khí thải'],
  ['SO₂', 'khí thải'],
  ['NOx', 'khí thải'],
] as const;

export function createEmissions({ seed, spec }: GeneratorContext): ChannelModel {
  const capacity = (iso: string) => INDUSTRIAL[iso] ?? Math.max(5, Math.round((GEO_NATIONAL.parts.find((unit) => unit.iso === iso)?.pop ?? 800) / 60));
  const draw = (iso: string, day: number) => {
    const next = rng(seed, 'emis', iso, day);
    const installed = capacity(iso);
    const monitored = installed - poisson(next, installed * 0.03);
    return { 'sources.monitored': monitored, 'sources.exceeding': poisson(next, monitored * 0.015) };
  };
  const build = (day: number) => {
    const builder = new SlotBuilder(spec);
    const draws = new Map(GEO_NATIONAL.parts.map((unit) => [unit.iso, draw(unit.iso, day)]));
    emitDayFigures(builder, day, { figures: { rollUps: { 'sources.monitored': 'sum', 'sources.exceeding': 'sum' } }, at: dayStart(day + 1) + 9 * HOUR, status: 'final', draw: (iso) => draws.get(iso) ?? {} });
    for (const [iso, figures] of draws) {
      for (let i = 0; i < figures['sources.exceeding']; i++) {
        const next = rng(seed, 'emis|report', iso, day, i);
        if (next() > 0.08) continue;
        const area = areaContaining(iso, day);
        const when = dayStart(day) + between(next, 0, 23) * HOUR + between(next, 0, 11) * 5 * MINUTE;
        const [parameter, medium] = pick(next, PARAMETERS);
        const times = round(1.1 + next() * 2.4, 1);
        const plant = pick(next, PLANTS);
        builder.report(
          { at: when + 45 * MINUTE },
          {
            id: `exceed-${day}-${iso.slice(3).toLowerCase()}-${i}`,
            kind: 'exceedance',
            area: area.code,
            title: `Nguồn thải vượt quy chuẩn tại ${area.name}`,
            text: `Hệ thống quan trắc tự động ghi nhận ${medium} của ${plant} tại ${area.name} có thông số ${parameter} vượt quy chuẩn cho phép ${viNumber(times, 1)} lần, kéo dài ${between(next, 1, 6)} giờ từ ${viDateTime(when)}. Cơ quan quản lý môi trường địa phương đã yêu cầu cơ sở kiểm tra hệ thống xử lý và báo cáo nguyên nhân.`,
            occurredAt: isoInstant(when),
            severity: times > 2.5 ? 'moderate' : 'minor',
            location: { lat: area.lat, lon: area.lon, place: area.name },
            facts: { parameter, 'times-limit': times },
            ...instantStamp(when),
          },
        );
      }
    }
    return builder.done();
  };
  return new ChannelModel(spec, [dailySchedule({ lagSlots: 1, windowSlots: 30, build })]);
}
