import { WORLD } from '../../src/domain/areas/index.js';
import { GEO_NATIONAL } from '../geo/index.js';
import { ChannelModel } from '../model/channel-model.js';
import { emitDayFigures } from '../model/daily-figures.js';
import { dayStamp, SlotBuilder } from '../model/items.js';
import { dailySchedule } from '../model/schedules.js';
import { uniform } from '../prng.js';
import { dayOfCivil, dayStart, HOUR } from '../time.js';
import type { GeneratorContext } from './context.js';

/**
 * health/covid19 — daily figures, domestic (nationwide and per province) and world, published at 16:00
 * the next day (final). Cumulative totals are closed-form, non-decreasing functions of the day — a
 * base at 1 Jan 2024 plus a wavy integrated rate plus bounded noise — so "new" is the difference of two
 * totals, never negative, and every province's totals sum exactly to the nation's. Snapshot: 30 days.
 */
const DAY0 = dayOfCivil({ year: 2024, month: 1, day: 1 });

interface Series {
  base: number;
  perDay: number;
  wave: number;
  lag?: number;
}

const NATIONAL: Record<string, Series> = {
  cases: { base: 11_624_000, perDay: 32, wave: 95 },
  deaths: { base: 43_206, perDay: 0.06, wave: 95 },
  recovered: { base: 10_640_000, perDay: 31, wave: 95, lag: 10 },
  doses: { base: 266_500_000, perDay: 1800, wave: 200 },
};
const GLOBAL: Record<string, Series> = {
  cases: { base: 774_000_000, perDay: 26_000, wave: 120 },
  deaths: { base: 7_010_000, perDay: 130, wave: 120 },
  doses: { base: 13_590_000_000, perDay: 90_000, wave: 240 },
};

/** Total at the end of `day` of one series scaled by `share`. */
function total(seed: number, key: string, series: Series, share: number, day: number): number {
  const d = day - DAY0 - (series.lag ?? 0);
  const rate = series.perDay * share;
  const phase = uniform(seed, 'covid|phase', key) * 2 * Math.PI;
  const integrated = rate * (d + ((series.wave / (2 * Math.PI)) * 0.6 * (Math.sin((2 * Math.PI * d) / series.wave + phase) - Math.sin(phase))));
  return Math.floor(series.base * share + integrated + 0.35 * rate * uniform(seed, 'covid|noise', key, day));
}

function figures(seed: number, key: string, table: Record<string, Series>, share: number, day: number): Record<string, number> {
  const out: Record<string, number> = {};
  const add = (name: string, newMetric: string | null, totalMetric: string) => {
    const series = table[name];
    if (!series) return;
    const today = total(seed, `${key}|${name}`, series, share, day);
    out[totalMetric] = today;
    if (newMetric) out[newMetric] = today - total(seed, `${key}|${name}`, series, share, day - 1);
  };
  add('cases', 'cases.new', 'cases.total');
  add('deaths', 'deaths.new', 'deaths.total');
  add('recovered', null, 'recovered.total');
  add('doses', null, 'vaccine.doses');
  return out;
}

const ROLL_UPS = { 'cases.new': 'sum', 'cases.total': 'sum', 'deaths.new': 'sum', 'deaths.total': 'sum', 'recovered.total': 'sum', 'vaccine.doses': 'sum' } as const;

export function createCovid({ seed, spec }: GeneratorContext): ChannelModel {
  const population = GEO_NATIONAL.pop;
  const shares = new Map(GEO_NATIONAL.parts.map((unit) => [unit.iso, unit.pop / population]));
  const build = (day: number) => {
    const builder = new SlotBuilder(spec);
    const at = dayStart(day + 1) + 16 * HOUR;
    emitDayFigures(builder, day, { figures: { rollUps: ROLL_UPS }, at, status: 'final', draw: (iso) => figures(seed, iso, NATIONAL, shares.get(iso) ?? 0, day) });
    for (const [metric, value] of Object.entries(figures(seed, 'world', GLOBAL, 1, day))) builder.observe({ at, status: 'final' }, dayStamp(day), metric, WORLD.code, value);
    return builder.done();
  };
  return new ChannelModel(spec, [dailySchedule({ lagSlots: 1, windowSlots: 30, build })]);
}
