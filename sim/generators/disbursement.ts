import { GEO_NATIONAL, type UnitFacts } from '../geo/index.js';
import { ChannelModel } from '../model/channel-model.js';
import { dayStamp, SlotBuilder } from '../model/items.js';
import { emitFigures, provincialFigures } from '../model/provincial.js';
import { dailySchedule } from '../model/schedules.js';
import { poisson, rng, round, uniform } from '../prng.js';
import { civilOfDay, dayOfCivil, dayStart, HOUR, weekday } from '../time.js';
import type { GeneratorContext } from './context.js';

/**
 * investment/public-disbursement — public-investment capital disbursed since 1 January against the
 * year's plan (VND bn, and %), per province and nationwide, with the tenders published on the
 * e-procurement system that day; day D at 09:00 on D+1 (final). Disbursement moves on working days
 * along the usual slow-start curve with the year-end rush. Snapshot: 30 days.
 */
const PLAN_2025 = 825_000;
const BIG = new Set(['VN-HN', 'VN-SG', 'VN-DN', 'VN-HP', 'VN-CT']);

export function createDisbursement({ seed, spec }: GeneratorContext): ChannelModel {
  const weights = new Map(GEO_NATIONAL.parts.map((unit) => [unit.iso, unit.pop ** 0.8 * (BIG.has(unit.iso) ? 1.6 : 1)]));
  const totalWeight = [...weights.values()].reduce((sum, weight) => sum + weight, 0);
  const workingDaysBefore = (year: number, day: number) => {
    let count = 0;
    for (let d = dayOfCivil({ year, month: 1, day: 1 }); d <= day; d++) if (weekday(d) < 5) count++;
    return count;
  };
  const yearWorkingDays = new Map<number, number>();
  const draw = (unit: UnitFacts, day: number, elapsed: number, working: number) => {
    const { year } = civilOfDay(day);
    const plan = (PLAN_2025 * 1.08 ** (year - 2025) * (weights.get(unit.iso) ?? 0)) / totalWeight;
    const efficiency = 0.82 + 0.23 * uniform(seed, 'disb|eff', unit.iso, year);
    const x = elapsed / working;
    const next = rng(seed, 'disb|tenders', unit.iso, day);
    return {
      disbursed: plan * efficiency * (0.9 * x ** 1.7 + 0.1 * x ** 8),
      plan: Math.round(plan),
      'tenders.published': poisson(next, (unit.pop / 60) * (weekday(day) < 5 ? 1 : 0.15)),
    };
  };
  const build = (day: number) => {
    const builder = new SlotBuilder(spec);
    const { year } = civilOfDay(day);
    let working = yearWorkingDays.get(year);
    if (working === undefined) {
      working = workingDaysBefore(year, dayOfCivil({ year, month: 12, day: 31 }));
      yearWorkingDays.set(year, working);
    }
    const elapsed = workingDaysBefore(year, day);
    const figures = provincialFigures(day, { rollUps: { disbursed: 'sum', plan: 'sum', 'tenders.published': 'sum' }, decimals: { disbursed: 1 } }, (iso) => {
      const unit = GEO_NATIONAL.parts.find((candidate) => candidate.iso === iso);
      return unit ? draw(unit, day, elapsed, working) : {};
    });
    const withShare = figures.map(({ area, values }) => ({ area, values: { ...values, 'disbursed.pct-plan': round((100 * (values.disbursed ?? 0)) / Math.max(1, values.plan ?? 1), 2) } }));
    emitFigures(builder, { at: dayStart(day + 1) + 9 * HOUR, status: 'final' }, dayStamp(day), withShare);
    return builder.done();
  };
  return new ChannelModel(spec, [dailySchedule({ lagSlots: 1, windowSlots: 30, build })]);
}
