import { GEO_NATIONAL, type GeoArea } from '../geo/index.js';
import { ChannelModel } from '../model/channel-model.js';
import { emitPeriodFigures } from '../model/daily-figures.js';
import { SlotBuilder, weekStamp } from '../model/items.js';
import { provincialFigures } from '../model/provincial.js';
import { weeklySchedule } from '../model/schedules.js';
import { poisson, rng, uniform } from '../prng.js';
import { viDate, viNumber } from '../text/format.js';
import { dayOfYear, dayStart, HOUR, isoInstant } from '../time.js';
import type { GeneratorContext } from './context.js';

/**
 * health/epidemics — weekly cases of dengue, hand-foot-and-mouth disease, measles and influenza, and
 * epidemic deaths, per province and nationwide. Week Monday–Sunday, reported on Tuesday 10:00
 * (provisional) and revised the Tuesday after with late notifications (revision 1). Seasons: dengue
 * peaks Aug–Nov (south and centre heavier), HFMD Mar–May and Sep–Dec, measles winter–spring,
 * influenza winter in the north. An "outbreak" report for the worst dengue or measles area of the
 * week. Snapshot: the last 12 weeks.
 */
const DISEASES = {
  'dengue.cases': { weekly: 3200, peak: 275, swing: 0.75 },
  'hfmd.cases': { weekly: 1700, peak: 120, swing: 0.4 },
  'measles.cases': { weekly: 220, peak: 60, swing: 0.8 },
  'influenza.cases': { weekly: 6500, peak: 20, swing: 0.5 },
} as const;
type Disease = keyof typeof DISEASES;
const ROLL_UPS = { 'dengue.cases': 'sum', 'hfmd.cases': 'sum', 'measles.cases': 'sum', 'influenza.cases': 'sum', 'epidemic.deaths': 'sum' } as const;
const SOUTHERN: readonly GeoArea['region'][] = ['southeast', 'mekong', 'south-central', 'highlands'];

function regional(disease: Disease, unit: GeoArea['parts'][number]): number {
  const south = SOUTHERN.includes(unit.region);
  if (disease === 'dengue.cases') return south ? 1.6 : unit.iso === 'VN-HN' ? 1.4 : 0.5;
  if (disease === 'hfmd.cases') return south ? 1.5 : 0.6;
  if (disease === 'influenza.cases') return south ? 0.7 : 1.3;
  return 1;
}

export function createEpidemics({ seed, spec }: GeneratorContext): ChannelModel {
  const units = GEO_NATIONAL.parts;
  const draw = (iso: string, monday: number): Record<string, number> => {
    const unit = units.find((candidate) => candidate.iso === iso);
    if (!unit) return {};
    const share = unit.pop / GEO_NATIONAL.pop;
    const next = rng(seed, 'epi', iso, monday);
    const out: Record<string, number> = {};
    for (const [metric, disease] of Object.entries(DISEASES)) {
      const distance = Math.abs(dayOfYear(monday + 3) - disease.peak);
      const season = 1 + disease.swing * Math.cos((2 * Math.PI * Math.min(distance, 365 - distance)) / 365);
      const wave = 0.6 + 0.8 * uniform(seed, 'epi|year', metric, Math.floor((monday + 3) / 365));
      out[metric] = poisson(next, disease.weekly * share * season * wave * regional(metric as Disease, unit));
    }
    out['epidemic.deaths'] = poisson(next, ((out['dengue.cases'] ?? 0) + (out['measles.cases'] ?? 0)) * 0.0009);
    return out;
  };
  const late = (iso: string, monday: number, first: Readonly<Record<string, number>>) => {
    const next = rng(seed, 'epi|late', iso, monday);
    if (next() > 0.35) return first;
    return Object.fromEntries(Object.entries(first).map(([metric, value]) => [metric, metric === 'epidemic.deaths' ? value : value + Math.round(value * 0.08 * next())]));
  };

  const build = (monday: number) => {
    const builder = new SlotBuilder(spec);
    const lastDay = monday + 6;
    const at = dayStart(monday + 8) + 10 * HOUR;
    const stamp = weekStamp(monday);
    emitPeriodFigures(builder, { figures: { rollUps: ROLL_UPS }, stamp, lastDay, at, draw: (iso) => draw(iso, monday), revision: { at: at + 7 * 24 * HOUR, draw: (iso, first) => late(iso, monday, first) } });
    const provinces = provincialFigures(lastDay, { rollUps: ROLL_UPS, national: false }, (iso) => draw(iso, monday));
    for (const metric of ['dengue.cases', 'measles.cases'] as const) {
      const worst = [...provinces].sort((a, b) => (b.values[metric] ?? 0) - (a.values[metric] ?? 0))[0];
      const cases = worst?.values[metric] ?? 0;
      if (!worst || cases < (metric === 'dengue.cases' ? 400 : 60)) continue;
      const name = metric === 'dengue.cases' ? 'sốt xuất huyết' : 'sởi';
      builder.report(
        { at },
        {
          id: `outbreak-${metric.split('.')[0]}-${monday}`,
          kind: 'outbreak',
          area: worst.area.code,
          title: `Dịch ${name} tăng cao tại ${worst.area.name}`,
          text: `Trong tuần từ ${viDate(monday)} đến ${viDate(lastDay)}, ${worst.area.name} ghi nhận ${viNumber(cases)} ca mắc ${name}, cao nhất cả nước. Ngành y tế địa phương đã tổ chức khoanh vùng, xử lý ổ dịch, ${metric === 'dengue.cases' ? 'phun hóa chất diệt muỗi, chiến dịch diệt lăng quăng' : 'tiêm vắc xin phòng sởi cho trẻ trong vùng nguy cơ'}; Bộ Y tế đề nghị tăng cường giám sát, không để dịch lan rộng.`,
          occurredAt: isoInstant(dayStart(lastDay + 1)),
          severity: cases > (metric === 'dengue.cases' ? 800 : 150) ? 'severe' : 'moderate',
          location: { lat: worst.area.lat, lon: worst.area.lon, place: worst.area.name },
          facts: { cases },
          ...stamp,
        },
      );
    }
    return builder.done();
  };
  return new ChannelModel(spec, [weeklySchedule({ lagSlots: 3, windowSlots: 12, build })]);
}
