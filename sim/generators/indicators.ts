import { indicatorMetric, loadIndicatorCatalogue, type Indicator } from '../../src/domain/indicators/index.js';
import { REPORTING_REGIMES, type ReportingFrequency, type ReportingPeriod } from '../../src/domain/reporting-period.js';
import { GEO_NATIONAL, type UnitFacts } from '../geo/index.js';
import { ChannelModel } from '../model/channel-model.js';
import type { Schedule } from '../model/channel-model.js';
import { emitPeriodFigures } from '../model/daily-figures.js';
import { reportingStamp, SlotBuilder } from '../model/items.js';
import { cutOffDay, reportingSchedule } from '../model/schedules.js';
import { gaussian, rng, round, uniform } from '../prng.js';
import { dayOfCivil, dayStart, HOUR } from '../time.js';
import type { GeneratorContext } from './context.js';
import { accidentRates, drawAccidentDay, type AccidentDay } from './accident-draws.js';
import { profileOf, type Profile } from './indicator-profiles.js';

/**
 * indicators/kt-xh — every indicator of the catalogue (src/domain/indicators; example entries) as
 * "kt-xh.<code>" in its own unit, per period of its frequency and regime (administrative, Decree 09/2019:
 * months 15th → 14th, quarters, halves, years 15 Dec → 14 Dec; statistical: calendar periods), nationwide, and per province for the provincial
 * ones (63 units for periods cut off before 1 July 2025, 34 after; "VN" their sum or weighted mean).
 * First release (provisional) 5 / 10 / 15 / 20 days after the cut-off for month / quarter / half /
 * year; about a third of the figures are revised (revision 1) 7 days later for months, 30 for
 * quarters and halves, 180 for years.
 * Snapshot: national — 24 months, 8 quarters, 4 halves, every year from 2010; provincial — 14 months (the
 * same month a year earlier, for the year-on-year change, also before this month's release),
 * 8 quarters, 4 halves, years from 2016 (the older provincial years exist but are left out to keep the
 * snapshot under FEED_LIMITS.maxItemsPerMessage).
 */
const PER_YEAR: Record<ReportingFrequency, number> = { month: 12, quarter: 4, 'half-year': 2, year: 1 };
const RELEASE_DAYS: Record<ReportingFrequency, [number, number]> = { month: [5, 12], quarter: [10, 40], 'half-year': [15, 45], year: [20, 200] };
const WINDOW = {
  national: { month: (s: number) => s - 24, quarter: (s: number) => s - 8, 'half-year': (s: number) => s - 4, year: () => 2010 },
  provincial: { month: (s: number) => s - 14, quarter: (s: number) => s - 8, 'half-year': (s: number) => s - 4, year: () => 2016 },
} as const;

/** Indicators that are another channel's figures summed over the period: they must agree with it. */
const FROM_DAILY_ACCIDENTS: Readonly<Record<string, 'accidents' | 'deaths'>> = { 'traffic-accidents': 'accidents', 'traffic-accident-deaths': 'deaths' };

/** Units that count whole things: a count of people or of events is a whole number, in every province. */
const WHOLE_UNITS = new Set(['count', 'persons', 'units']);

function decimalsOf(profile: Profile, unit: string): number {
  if (WHOLE_UNITS.has(unit)) return 0;
  if (profile.decimals !== undefined) return profile.decimals;
  return profile.level >= 1000 ? 0 : 1;
}

const clamp = (value: number, profile: Profile) => Math.min(profile.max ?? Infinity, Math.max(profile.min ?? -Infinity, value));

export function createIndicators({ seed, spec }: GeneratorContext, indicators: readonly Indicator[] = loadIndicatorCatalogue().indicators): ChannelModel {
  const units = GEO_NATIONAL.parts;
  const weightsFor = (profile: Profile) => {
    const weights = new Map(units.map((unit) => [unit.iso, unit.pop * (profile.regional?.[unit.region] ?? 1)]));
    const total = [...weights.values()].reduce((sum, weight) => sum + weight, 0);
    return new Map([...weights].map(([iso, weight]) => [iso, weight / total]));
  };
  const shares = new Map(indicators.map((indicator) => [indicator.code, weightsFor(profileOf(indicator))]));

  const nationalLevel = (indicator: Indicator, profile: Profile, period: ReportingPeriod) => {
    const t = period.year + (period.index - 0.5) / PER_YEAR[period.frequency] - 2025;
    const next = rng(seed, 'ind', indicator.code, period.frequency, period.year, period.index);
    if (profile.kind === 'flow') {
      const season = period.frequency === 'month' ? ({ 1: 1.05, 2: 0.85, 12: 1.12 } as Record<number, number>)[period.index] ?? 1 : 1;
      return profile.level * (1 + profile.growth) ** t * season * Math.exp(profile.noise * gaussian(next));
    }
    return clamp(profile.level + profile.growth * t + profile.noise * gaussian(next), profile);
  };
  const unitValue = (indicator: Indicator, profile: Profile, period: ReportingPeriod, national: number, unit: UnitFacts) => {
    const next = rng(seed, 'ind|unit', indicator.code, unit.iso, period.frequency, period.year, period.index);
    if (profile.kind === 'flow') return national * (shares.get(indicator.code)?.get(unit.iso) ?? 0) * (1 + 0.08 * gaussian(next));
    const offset = uniform(seed, 'ind|offset', indicator.code, unit.iso) * 2 - 1;
    return clamp((national + (profile.spread ?? 0) * offset + profile.noise * gaussian(next)) * (profile.regional?.[unit.region] ?? 1), profile);
  };
  const revise = (indicator: Indicator, profile: Profile, period: ReportingPeriod, key: string, value: number) => {
    const next = rng(seed, 'ind|rev', indicator.code, key, period.frequency, period.year, period.index);
    if (next() > 0.33) return value;
    const decimals = decimalsOf(profile, indicator.unit);
    const changed = round(profile.kind === 'flow' ? value * (1 + 0.012 * (next() - 0.3)) : value + (next() - 0.5) * Math.max(0.2, profile.noise), decimals);
    return changed === value ? round(value + 10 ** -decimals, decimals) : changed;
  };

  // The accidents of a day as the traffic channel finally reports them (its revised draw), per unit.
  const rates = accidentRates();
  const accidentDays = new Map<number, Map<string, AccidentDay>>();
  const accidentSum = (iso: string, first: number, last: number, measure: 'accidents' | 'deaths') => {
    let sum = 0;
    for (let day = first; day <= last; day++) {
      let draws = accidentDays.get(day);
      if (!draws) {
        draws = drawAccidentDay(seed, day, rates);
        accidentDays.set(day, draws);
        if (accidentDays.size > 800) accidentDays.delete(accidentDays.keys().next().value as number);
      }
      sum += draws.get(iso)?.revised[measure] ?? 0;
    }
    return sum;
  };

  const build = (list: readonly Indicator[], provincial: boolean) => (period: ReportingPeriod) => {
    const builder = new SlotBuilder(spec);
    const stamp = reportingStamp(period);
    const last = cutOffDay(period);
    const [firstDays, reviseDays] = RELEASE_DAYS[period.frequency];
    const at = dayStart(last + firstDays) + 9 * HOUR;
    const revisedAt = dayStart(last + reviseDays) + 9 * HOUR;
    for (const indicator of list) {
      const profile = profileOf(indicator);
      const metric = indicatorMetric(indicator.code);
      const decimals = decimalsOf(profile, indicator.unit);
      builder.setUnit(metric, indicator.unit);
      const national = nationalLevel(indicator, profile, period);
      if (!provincial) {
        const value = round(profile.kind === 'rank' ? Math.max(1, national) : national, decimals);
        builder.observe({ at }, stamp, metric, GEO_NATIONAL.code, value);
        const revised = revise(indicator, profile, period, 'VN', value);
        if (revised !== value) builder.observe({ at: revisedAt, status: 'revised', revision: 1 }, stamp, metric, GEO_NATIONAL.code, revised);
        continue;
      }
      const daily = FROM_DAILY_ACCIDENTS[indicator.code];
      const draw = (iso: string) => {
        // The same quantity as the traffic channel's: the period's daily figures summed, as finally reported.
        if (daily) return { [metric]: accidentSum(iso, dayOfCivil(period.start), last, daily) };
        const unit = units.find((candidate) => candidate.iso === iso);
        // Whole things are whole in every unit, so that the provinces and the country add up.
        const value = unit ? unitValue(indicator, profile, period, national, unit) : 0;
        return { [metric]: decimals === 0 && WHOLE_UNITS.has(indicator.unit) ? Math.round(value) : value };
      };
      emitPeriodFigures(builder, {
        figures: { rollUps: { [metric]: profile.kind === 'flow' ? 'sum' : 'mean' }, decimals: { [metric]: decimals } },
        stamp,
        lastDay: last,
        at,
        draw,
        ...(daily ? {} : { revision: { at: revisedAt, draw: (iso: string, first: Readonly<Record<string, number>>) => ({ [metric]: revise(indicator, profile, period, iso, first[metric] ?? 0) }) } }),
      });
    }
    return builder.done();
  };

  const schedules: Schedule[] = [];
  for (const level of ['national', 'provincial'] as const) {
    for (const frequency of ['month', 'quarter', 'half-year', 'year'] as const) {
      for (const regime of REPORTING_REGIMES) {
        const list = indicators.filter((indicator) => indicator.areaLevel === level && indicator.frequency === frequency && indicator.regime === regime);
        if (list.length === 0) continue;
        schedules.push(reportingSchedule({ frequency, regime, lagSlots: 2, firstSlot: WINDOW[level][frequency], build: build(list, level === 'provincial') }));
      }
    }
  }
  return new ChannelModel(spec, schedules, 48);
}
