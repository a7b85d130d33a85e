import { GEO_34, GEO_NATIONAL, type UnitFacts } from '../geo/index.js';
import { ChannelModel } from '../model/channel-model.js';
import { emitPeriodFigures } from '../model/daily-figures.js';
import { dayStamp, SlotBuilder } from '../model/items.js';
import { provincialFigures } from '../model/provincial.js';
import { dailySchedule } from '../model/schedules.js';
import { gaussian, rng, round, smoothNoise } from '../prng.js';
import { viDate, viNumber } from '../text/format.js';
import { dayOfYear, dayStart, HOUR, isoInstant, MINUTE } from '../time.js';
import type { GeneratorContext } from './context.js';

/**
 * environment/weather — the forecast for day D, per 34-unit and nationwide ("VN": hottest maximum,
 * coldest minimum, mean rain and humidity, strongest wind), issued at 16:30 on D-1 (provisional) and
 * updated at 04:30 on D (revised, revision 1, changed figures only), with a national "forecast"
 * bulletin by region. Climate: a cool winter and hot summer in the north, warm all year in the south;
 * rain in summer in the north and the south, in autumn on the central coast. Snapshot: the last 30
 * days' forecasts and tomorrow's once issued.
 */
const ROLL_UPS = { 'temp.max': 'max', 'temp.min': 'min', rain: 'mean', humidity: 'mean', 'wind.max': 'max' } as const;
const DECIMALS = { rain: 1, 'wind.max': 1 };

function rainySeason(unit: UnitFacts, day: number): number {
  const doy = dayOfYear(day);
  const peak = unit.region === 'north-central' || unit.region === 'south-central' ? 290 : unit.lat > 17 ? 200 : 230;
  const width = unit.region === 'north-central' || unit.region === 'south-central' ? 60 : 100;
  const d = Math.abs(doy - peak);
  return Math.max(0.05, 1 - Math.min(d, 365 - d) / width);
}

function forecast(seed: number, unit: UnitFacts, day: number, update: number): Record<string, number> {
  const north = Math.min(1, Math.max(0, (unit.lat - 11) / 10));
  const mean = 27.5 - 3.5 * north - 6 * north * Math.cos((2 * Math.PI * (dayOfYear(day) - 15)) / 365.25);
  const altitude = unit.region === 'highlands' ? 5 : unit.region === 'mountains' ? 3 : 0;
  const front = 2.5 * smoothNoise(seed, `wx|front|${unit.lat > 16 ? 'n' : 's'}`, day, 4);
  const next = rng(seed, 'wx', unit.iso, day);
  const fix = rng(seed, 'wx|update', unit.iso, day, update);
  const wet = rainySeason(unit, day);
  const rains = next() < 0.2 + 0.6 * wet;
  const rain = rains ? round(-Math.log(Math.max(next(), 1e-6)) * (4 + 22 * wet), 1) : 0;
  const shift = update > 0 ? Math.round(gaussian(fix) * 0.8) : 0;
  return {
    'temp.max': Math.round(mean + 4.5 + front - altitude - (rain > 20 ? 2 : 0) + shift),
    'temp.min': Math.round(mean - 3.5 + front - altitude - (north > 0.6 ? 1 : 0)),
    rain: update > 0 ? round(rain * (0.8 + 0.4 * fix()), 1) : rain,
    humidity: Math.round(Math.min(98, 68 + 20 * wet + (rain > 0 ? 6 : 0) + 4 * gaussian(next))),
    'wind.max': round(3 + 4 * next() + (rain > 30 ? 4 : 0), 1),
  };
}

export function createWeather({ seed, spec }: GeneratorContext): ChannelModel {
  const units = new Map(GEO_NATIONAL.parts.map((unit) => [unit.iso, unit]));
  const build = (day: number) => {
    const builder = new SlotBuilder(spec);
    const issued = dayStart(day - 1) + 16 * HOUR + 30 * MINUTE;
    const figures = { rollUps: ROLL_UPS, decimals: DECIMALS, units: GEO_34 };
    const draw = (iso: string, update: number) => {
      const unit = units.get(iso);
      return unit ? forecast(seed, unit, day, update) : {};
    };
    const stamp = { period: dayStamp(day).period, cutOff: isoInstant(dayStart(day - 1) + 13 * HOUR) };
    emitPeriodFigures(builder, { figures, stamp, lastDay: day, at: issued, draw: (iso) => draw(iso, 0), revision: { at: dayStart(day) + 4 * HOUR + 30 * MINUTE, draw: (iso) => draw(iso, 1) } });
    const all = provincialFigures(day, figures, (iso) => draw(iso, 0));
    const region = (name: string, test: (lat: number) => boolean) => {
      const list = all.filter(({ area }) => area.code !== GEO_NATIONAL.code && test(area.lat));
      const max = Math.max(...list.map(({ values }) => values['temp.max'] ?? 0));
      const min = Math.min(...list.map(({ values }) => values['temp.min'] ?? 0));
      const wet = list.filter(({ values }) => (values.rain ?? 0) > 10).length;
      return `${name}: nhiệt độ ${min}–${max} độ C; ${wet > list.length / 2 ? 'có mưa rào và dông rải rác, cục bộ có mưa to' : wet > 0 ? 'có nơi có mưa rào' : 'ngày nắng, đêm không mưa'}.`;
    };
    builder.report(
      { at: issued },
      {
        id: `forecast-${day}`,
        kind: 'forecast',
        area: GEO_NATIONAL.code,
        title: `Dự báo thời tiết ngày ${viDate(day)}`,
        text: [region('Bắc Bộ', (lat) => lat >= 19.5), region('Trung Bộ', (lat) => lat < 19.5 && lat >= 11.5), region('Nam Bộ', (lat) => lat < 11.5)].join(' ') + ` Gió mạnh nhất khoảng ${viNumber(all[0]?.values['wind.max'] ?? 0, 1)} m/s.`,
        occurredAt: isoInstant(issued),
        severity: 'info',
        ...stamp,
      },
    );
    return builder.done();
  };
  return new ChannelModel(spec, [dailySchedule({ leadSlots: 1, lagSlots: 0, windowSlots: 30, build })]);
}
