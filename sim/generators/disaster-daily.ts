import { areaContaining, GEO_NATIONAL } from '../geo/index.js';
import { ChannelModel } from '../model/channel-model.js';
import { emitDayFigures } from '../model/daily-figures.js';
import { dayStamp, SlotBuilder } from '../model/items.js';
import { dailySchedule } from '../model/schedules.js';
import { between, pick, poisson, rng, round } from '../prng.js';
import { limitWords, viDate, viNumber } from '../text/format.js';
import { dayStart, HOUR, isoInstant } from '../time.js';
import type { GeneratorContext } from './context.js';
import { MAX_WARNING_DAYS, warningEventsOfDay } from './warning-events.js';

/**
 * disaster/daily — the daily summary of incidents, disasters and search & rescue: figures per province
 * and nationwide for day D at 08:00 on D+1 (provisional), revised at 09:00 on D+2 as damage
 * assessments come in (houses, rice, economic loss up; some missing found dead: revision 1). Damage
 * follows the warnings of disaster/warnings (same seed): storms, floods and flash floods cause most of it.
 * Coastal radio messages come from the 28 coastal units. Snapshot: 30 days.
 */
const ROLL_UPS = {
  incidents: 'sum', deaths: 'sum', missing: 'sum', injured: 'sum', 'houses.damaged': 'sum', 'rice.damaged': 'sum', 'loss.economic': 'sum', 'sar.missions': 'sum', 'sar.rescued': 'sum', 'radio.messages': 'sum',
} as const;
const DECIMALS = { 'rice.damaged': 1, 'loss.economic': 1 };
const DAMAGING = new Set(['storm', 'tropical-depression', 'flood', 'flash-flood', 'landslide-risk']);

export function createDisasterDaily({ seed, spec, mediaUrl }: GeneratorContext): ChannelModel {
  const units = new Map(GEO_NATIONAL.parts.map((unit) => [unit.iso, unit]));
  const hazards = (day: number) => {
    const exposure = new Map<string, { level: number; storm: boolean }>();
    const from = dayStart(day);
    const to = dayStart(day + 1);
    for (let d = day - MAX_WARNING_DAYS; d <= day; d++) {
      for (const event of warningEventsOfDay(seed, d)) {
        if (!DAMAGING.has(event.kind) || event.endsAt <= from || event.issuedAt >= to) continue;
        for (const iso of event.affected) {
          const previous = exposure.get(iso) ?? { level: 0, storm: false };
          exposure.set(iso, { level: previous.level + (event.severity === 'extreme' ? 2 : event.severity === 'severe' ? 1 : 0.5), storm: previous.storm || event.kind === 'storm' });
        }
      }
    }
    return exposure;
  };

  const draw = (iso: string, day: number, exposure: Map<string, { level: number; storm: boolean }>): Record<string, number> => {
    const unit = units.get(iso);
    const next = rng(seed, 'dis', iso, day);
    const h = exposure.get(iso)?.level ?? 0;
    const storm = exposure.get(iso)?.storm ?? false;
    const houses = poisson(next, h > 0 ? 35 * h : 0.2);
    const rice = h > 0 ? round(150 * h * next(), 1) : 0;
    const missions = poisson(next, unit?.coastal ? 0.08 + 0.5 * h : 0.02);
    return {
      incidents: poisson(next, 0.03 + 1.2 * h),
      deaths: poisson(next, 0.01 + 0.35 * h),
      missing: poisson(next, 0.004 + 0.15 * h),
      injured: poisson(next, 0.02 + 0.5 * h),
      'houses.damaged': houses,
      'rice.damaged': rice,
      'loss.economic': round(houses * 0.06 + rice * 0.025 + (h > 0 ? 2 * h * next() : 0), 1),
      'sar.missions': missions,
      'sar.rescued': missions > 0 ? missions * between(next, 1, 8) : 0,
      'radio.messages': unit?.coastal ? 3 + poisson(next, 2) + (storm ? between(next, 6, 14) : 0) : 0,
    };
  };

  const assess = (iso: string, day: number, first: Readonly<Record<string, number>>) => {
    const next = rng(seed, 'dis|rev', iso, day);
    if ((first.deaths ?? 0) + (first['houses.damaged'] ?? 0) + (first.missing ?? 0) < 3) return first;
    const grow = 1.1 + 0.4 * next();
    const found = (first.missing ?? 0) > 0 && next() < 0.4 ? 1 : 0;
    return {
      ...first,
      deaths: (first.deaths ?? 0) + found,
      missing: (first.missing ?? 0) - found,
      'houses.damaged': Math.round((first['houses.damaged'] ?? 0) * grow),
      'rice.damaged': round((first['rice.damaged'] ?? 0) * grow, 1),
      'loss.economic': round((first['loss.economic'] ?? 0) * grow, 1),
    };
  };

  const build = (day: number) => {
    const builder = new SlotBuilder(spec);
    const exposure = hazards(day);
    const at = dayStart(day + 1) + 8 * HOUR;
    const draws = new Map([...units.keys()].map((iso) => [iso, draw(iso, day, exposure)]));
    emitDayFigures(builder, day, {
      figures: { rollUps: ROLL_UPS, decimals: DECIMALS },
      at,
      draw: (iso) => draws.get(iso) ?? {},
      revision: { at: dayStart(day + 2) + 9 * HOUR, draw: (iso, first) => assess(iso, day, first) },
    });
    const notable = [...draws].filter(([, v]) => (v.deaths ?? 0) + (v.missing ?? 0) > 0 || (v['houses.damaged'] ?? 0) >= 50).slice(0, 5);
    for (const [iso, v] of notable) {
      const area = areaContaining(iso, day);
      const next = rng(seed, 'dis|text', iso, day);
      const cause = exposure.has(iso) ? pick(next, ['mưa lũ', 'mưa lớn, lũ quét', 'bão và hoàn lưu sau bão', 'sạt lở đất do mưa lớn']) : pick(next, ['đuối nước', 'sét đánh', 'lốc xoáy', 'sạt lở đất']);
      const text = `Ngày ${viDate(day)}, ${cause} tại ${area.name} làm ${v.deaths} người chết, ${v.missing} người mất tích, ${v.injured} người bị thương; ${viNumber(v['houses.damaged'] ?? 0)} nhà bị hư hại, ${viNumber(v['rice.damaged'] ?? 0, 1)} ha lúa bị thiệt hại, ước thiệt hại ${viNumber(v['loss.economic'] ?? 0, 1)} tỷ đồng. Địa phương đã huy động lực lượng tại chỗ tìm kiếm người mất tích, hỗ trợ người dân khắc phục hậu quả.`;
      builder.report({ at }, { id: `incident-${day}-${iso.slice(3).toLowerCase()}`, kind: 'incident', area: area.code, title: `${cause[0]?.toUpperCase()}${cause.slice(1)} tại ${area.name}`, text: limitWords(text, 200), occurredAt: isoInstant(dayStart(day) + 12 * HOUR), severity: (v.deaths ?? 0) > 2 ? 'severe' : 'moderate', location: { lat: area.lat, lon: area.lon, place: area.name }, facts: { deaths: v.deaths ?? 0, missing: v.missing ?? 0 }, media: [{ kind: 'image', url: mediaUrl(`incident-${day}-${iso.slice(3).toLowerCase()}.png`), caption: area.name }], ...dayStamp(day) });
    }
    const rescues = [...draws].filter(([, v]) => (v['sar.rescued'] ?? 0) >= 3).slice(0, 3);
    for (const [iso, v] of rescues) {
      const area = areaContaining(iso, day);
      const next = rng(seed, 'sar|text', iso, day);
      const text = `Ngày ${viDate(day)}, lực lượng tìm kiếm cứu nạn phối hợp với ${area.name} cứu thành công ${v['sar.rescued']} người trên ${pick(next, ['tàu cá bị hỏng máy, trôi dạt', 'tàu cá bị chìm do sóng lớn', 'phương tiện bị lật'])} cách bờ khoảng ${between(next, 10, 90)} hải lý. Các nạn nhân đã được đưa vào bờ an toàn, sức khỏe ổn định.`;
      builder.report({ at }, { id: `sar-${day}-${iso.slice(3).toLowerCase()}`, kind: 'search-rescue', area: area.code, title: `Cứu nạn thành công ${v['sar.rescued']} người tại ${area.name}`, text, occurredAt: isoInstant(dayStart(day) + 10 * HOUR), severity: 'minor', location: { lat: area.lat, lon: area.lon, place: area.name }, facts: { rescued: v['sar.rescued'] ?? 0 }, ...dayStamp(day) });
    }
    return builder.done();
  };
  return new ChannelModel(spec, [dailySchedule({ lagSlots: 2, windowSlots: 30, build })]);
}
