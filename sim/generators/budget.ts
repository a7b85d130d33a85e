import type { ReportingPeriod } from '../../src/domain/reporting-period.js';
import { GEO_NATIONAL } from '../geo/index.js';
import { ChannelModel } from '../model/channel-model.js';
import { reportingStamp, SlotBuilder } from '../model/items.js';
import { cutOffDay, reportingSchedule } from '../model/schedules.js';
import { gaussian, rng, round, uniform } from '../prng.js';
import { dayStart, HOUR } from '../time.js';
import type { GeneratorContext } from './context.js';

/**
 * finance/budget — state-budget revenue and expenditure (TABMIS) per monthly reporting period (15th of
 * the previous month → 14th, Decree 09/2019), nationwide: reported on the 20th (6 days after the
 * cut-off, provisional), revised on the 27th (revision 1: revenue, expenditure, balance and the
 * year-to-date shares of the annual estimate change slightly). Expenditure surges in the last month
 * of the year. Snapshot: the last 24 reporting months.
 */
const ESTIMATE_2025 = { revenue: 1_966_800, expenditure: 2_548_800 };
const SHARE = {
  revenue: [0.1, 0.07, 0.08, 0.085, 0.08, 0.085, 0.08, 0.08, 0.08, 0.085, 0.085, 0.09],
  expenditure: [0.06, 0.065, 0.075, 0.075, 0.075, 0.08, 0.075, 0.075, 0.08, 0.08, 0.09, 0.17],
};

export function createBudget({ seed, spec }: GeneratorContext): ChannelModel {
  const estimate = (year: number, kind: 'revenue' | 'expenditure') => ESTIMATE_2025[kind] * 1.08 ** (year - 2025);
  const month = (year: number, index: number, kind: 'revenue' | 'expenditure', revised: boolean) => {
    const next = rng(seed, 'budget', kind, year, index);
    const performance = kind === 'revenue' ? 1.1 + 0.05 * uniform(seed, 'budget|year', year) : 0.93;
    const base = estimate(year, kind) * (SHARE[kind][index - 1] ?? 0.08) * performance * (1 + 0.05 * gaussian(next));
    return Math.round(base * (revised ? 1 + 0.006 * (next() - 0.3) : 1));
  };
  const figures = (period: ReportingPeriod, revised: boolean) => {
    const { year, index } = period;
    const revenue = month(year, index, 'revenue', revised);
    const expenditure = month(year, index, 'expenditure', revised);
    let revenueToDate = revenue;
    let expenditureToDate = expenditure;
    for (let i = 1; i < index; i++) {
      revenueToDate += month(year, i, 'revenue', true);
      expenditureToDate += month(year, i, 'expenditure', true);
    }
    return {
      revenue,
      expenditure,
      balance: revenue - expenditure,
      'revenue.pct-estimate': round((100 * revenueToDate) / estimate(year, 'revenue'), 1),
      'expenditure.pct-estimate': round((100 * expenditureToDate) / estimate(year, 'expenditure'), 1),
    };
  };
  const build = (period: ReportingPeriod) => {
    const builder = new SlotBuilder(spec);
    const stamp = reportingStamp(period);
    const published = dayStart(cutOffDay(period) + 6) + 10 * HOUR;
    const first = figures(period, false);
    const second = figures(period, true);
    for (const [metric, value] of Object.entries(first)) {
      builder.observe({ at: published }, stamp, metric, GEO_NATIONAL.code, value);
      const revised = second[metric as keyof typeof second];
      if (revised !== value) builder.observe({ at: published + 7 * 24 * HOUR, status: 'revised', revision: 1 }, stamp, metric, GEO_NATIONAL.code, revised);
    }
    return builder.done();
  };
  return new ChannelModel(spec, [reportingSchedule({ frequency: 'month', lagSlots: 1, firstSlot: (current) => current - 24, build })], 40);
}
