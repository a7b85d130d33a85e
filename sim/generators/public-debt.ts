import { GEO_NATIONAL } from '../geo/index.js';
import { ChannelModel } from '../model/channel-model.js';
import { SlotBuilder, yearStamp } from '../model/items.js';
import { yearlySchedule } from '../model/schedules.js';
import { round, uniform } from '../prng.js';
import { dayOfCivil, dayStart, HOUR } from '../time.js';
import type { GeneratorContext } from './context.js';

/**
 * finance/public-debt — public, government and external debt as % of GDP, yearly from 2010: year Y is
 * estimated on 15 April of Y+1 (provisional) and finalised on 30 November of Y+1 (revised, revision 1,
 * slightly different). The history approximates the published figures (example data; GDP rebased in
 * 2021); later years drift by a seeded amount.
 */
const PUBLIC = [56.3, 54.9, 50.8, 54.5, 58.0, 61.0, 63.7, 61.4, 58.3, 55.0, 55.9, 43.1, 37.4, 37.0, 36.0, 35.5];
const EXTERNAL = [42.2, 41.5, 37.4, 37.3, 39.9, 43.1, 44.8, 49.0, 46.0, 47.1, 47.9, 38.4, 36.2, 33.5, 32.0, 31.5];

function value(seed: number, table: readonly number[], key: string, year: number): number {
  const known = table[year - 2010];
  if (known !== undefined) return known;
  let level = table[table.length - 1] ?? 35;
  for (let y = 2010 + table.length; y <= year; y++) level += (uniform(seed, 'debt', key, y) - 0.55) * 2;
  return round(level, 1);
}

export function createPublicDebt({ seed, spec }: GeneratorContext): ChannelModel {
  const build = (year: number) => {
    const builder = new SlotBuilder(spec);
    const stamp = yearStamp(year);
    const estimate = dayStart(dayOfCivil({ year: year + 1, month: 4, day: 15 })) + 9 * HOUR;
    const final = dayStart(dayOfCivil({ year: year + 1, month: 11, day: 30 })) + 9 * HOUR;
    const publicDebt = value(seed, PUBLIC, 'public', year);
    const figures = { 'public-debt.pct-gdp': publicDebt, 'government-debt.pct-gdp': round(publicDebt * 0.87, 1), 'foreign-debt.pct-gdp': value(seed, EXTERNAL, 'external', year) };
    for (const [metric, finalValue] of Object.entries(figures)) {
      const drift = round((uniform(seed, 'debt|estimate', metric, year) - 0.5) * 1.2, 1) || 0.3;
      builder.observe({ at: estimate }, stamp, metric, GEO_NATIONAL.code, round(finalValue + drift, 1));
      builder.observe({ at: final, status: 'revised', revision: 1 }, stamp, metric, GEO_NATIONAL.code, finalValue);
    }
    return builder.done();
  };
  return new ChannelModel(spec, [yearlySchedule({ firstYear: 2010, lagSlots: 1, build })], 40);
}
