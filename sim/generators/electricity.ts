import { GEO_NATIONAL } from '../geo/index.js';
import { ChannelModel } from '../model/channel-model.js';
import { dayStamp, SlotBuilder, yearStamp } from '../model/items.js';
import { dailySchedule, yearlySchedule } from '../model/schedules.js';
import { gaussian, rng, round, smoothNoise } from '../prng.js';
import { civilOfDay, dayOfCivil, dayOfYear, dayStart, HOUR, weekday } from '../time.js';
import type { GeneratorContext } from './context.js';

/**
 * energy/electricity — EVN's national system: output (GWh), peak load (MW), output by source and
 * revenue (VND bn) for day D at 08:00 on D+1 (provisional), revised at 08:00 on D+2 from metered data
 * (revision 1, every figure scaled alike so the sources still add up); and yearly output and peak
 * load from 2011 (approximating the published record; example data), each year final on 20 January.
 * Hydro peaks in the rainy season, coal fills the dry season, solar is strongest in spring.
 * Snapshot: 30 days and the yearly history.
 */
const YEARLY_OUTPUT = [101_500, 115_100, 127_800, 141_300, 159_700, 175_700, 192_000, 212_900, 231_100, 247_100, 256_700, 268_400, 280_600, 308_400, 326_000];
const YEARLY_PEAK = [16_490, 18_600, 20_000, 22_210, 25_000, 28_000, 29_900, 35_100, 38_250, 38_600, 43_500, 45_400, 46_350, 49_530, 54_500];

function yearly(table: readonly number[], year: number): number {
  const known = table[year - 2011];
  if (known !== undefined) return known;
  return Math.round((table[table.length - 1] ?? 0) * 1.08 ** (year - (2011 + table.length - 1)));
}

export function createElectricity({ seed, spec }: GeneratorContext): ChannelModel {
  const day = (d: number, revised: boolean) => {
    const { year } = civilOfDay(d);
    const doy = dayOfYear(d);
    const annual = yearly(YEARLY_OUTPUT, year);
    const season = 1 + 0.1 * Math.cos((2 * Math.PI * (doy - 165)) / 365.25) - (doy >= 25 && doy <= 50 ? 0.12 : 0);
    const week = weekday(d) === 6 ? 0.9 : weekday(d) === 5 ? 0.96 : 1.02;
    const next = rng(seed, 'power', d);
    const output = (annual / 365.25) * season * week * (1 + 0.02 * gaussian(next) + 0.03 * smoothNoise(seed, 'power|heat', d, 7)) * (revised ? 1 + 0.004 * (next() - 0.4) : 1);
    const hydroShare = 0.22 + 0.16 * Math.cos((2 * Math.PI * (doy - 250)) / 365.25);
    const renewable = 0.13 + 0.03 * Math.cos((2 * Math.PI * (doy - 90)) / 365.25);
    const gas = 0.09;
    const imports = 0.025;
    return {
      output: round(output, 1),
      'peak-load': Math.round(((output * 1000) / 24) * 1.33),
      'source.hydro': round(output * hydroShare, 1),
      'source.coal': round(output * (1 - hydroShare - renewable - gas - imports), 1),
      'source.gas': round(output * gas, 1),
      'source.renewable': round(output * renewable, 1),
      'source.import': round(output * imports, 1),
      revenue: Math.round(output * 2.2),
    };
  };
  const daily = (d: number) => {
    const builder = new SlotBuilder(spec);
    const first = day(d, false);
    const second = day(d, true);
    for (const [metric, value] of Object.entries(first)) {
      builder.observe({ at: dayStart(d + 1) + 8 * HOUR }, dayStamp(d), metric, GEO_NATIONAL.code, value);
      const revised = second[metric as keyof typeof second];
      if (revised !== value) builder.observe({ at: dayStart(d + 2) + 8 * HOUR, status: 'revised', revision: 1 }, dayStamp(d), metric, GEO_NATIONAL.code, revised);
    }
    return builder.done();
  };
  const history = (year: number) => {
    const builder = new SlotBuilder(spec);
    const at = dayStart(dayOfCivil({ year: year + 1, month: 1, day: 20 })) + 9 * HOUR;
    builder.observe({ at, status: 'final' }, yearStamp(year), 'output', GEO_NATIONAL.code, yearly(YEARLY_OUTPUT, year));
    builder.observe({ at, status: 'final' }, yearStamp(year), 'peak-load', GEO_NATIONAL.code, yearly(YEARLY_PEAK, year));
    return builder.done();
  };
  return new ChannelModel(spec, [dailySchedule({ lagSlots: 2, windowSlots: 30, build: daily }), yearlySchedule({ firstYear: 2011, lagSlots: 1, build: history })]);
}
