import { GEO_NATIONAL, type UnitFacts } from '../geo/index.js';
import { ChannelModel } from '../model/channel-model.js';
import { dayStamp, SlotBuilder } from '../model/items.js';
import { emitFigures, emitRevisions, provincialFigures } from '../model/provincial.js';
import { dailySchedule } from '../model/schedules.js';
import { gaussian, rng, round, smoothNoise } from '../prng.js';
import { viDate, viNumber } from '../text/format.js';
import { dayOfYear, dayStart, HOUR, isoInstant, MINUTE } from '../time.js';
import type { GeneratorContext } from './context.js';

/**
 * environment/weather — the forecast for day D, per province (the 63 units before 1 July 2025, the 34
 * after) and nationwide ("VN": hottest maximum, coldest minimum, mean rain and humidity, strongest wind),
 * first issued at 16:30 three days ahead (provisional), refined at 16:30 on each following day and at
 * 04:30 on D (revisions 1–3, changed figures only), with a national "forecast" bulletin by region
 * issued the evening before. Climate: a cool winter and hot summer in the north, warm all year in the south;
 * rain in summer in the north and the south, in autumn on the central coast. Snapshot: the last 30
 * days' forecasts and the next three days' as issued so far.
 */
const ISSUE = 16 * HOUR + 30 * MINUTE;
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
    // The 63 units for days before 1 July 2025, the 34 after (provincialFigures picks them by the day).
    const figures = { rollUps: ROLL_UPS, decimals: DECIMALS };
    const draw = (iso: string, update: number) => {
      const unit = units.get(iso);
      return unit ? forecast(seed, unit, day, update) : {};
    };
    // Forecast three days ahead at 16:30, refined at 16:30 each day after and at 04:30 on the day itself.
    const issues = [dayStart(day - 3) + ISSUE, dayStart(day - 2) + ISSUE, dayStart(day - 1) + ISSUE, dayStart(day) + 4 * HOUR + 30 * MINUTE];
    const stampOf = (issue: number) => ({ period: dayStamp(day).period, cutOff: isoInstant(issue - 3 * HOUR - 30 * MINUTE) });
    let before = provincialFigures(day, figures, (iso) => draw(iso, 0));
    emitFigures(builder, { at: issues[0]!, status: 'provisional' }, stampOf(issues[0]!), before);
    for (let update = 1; update < issues.length; update++) {
      const after = provincialFigures(day, figures, (iso) => draw(iso, update));
      emitRevisions(builder, issues[update]!, update, stampOf(issues[update]!), before, after);
      before = after;
    }
    const issued = issues[2]!;
    const stamp = stampOf(issued);
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
  return new ChannelModel(spec, [dailySchedule({ leadSlots: 3, lagSlots: 0, windowSlots: 30, build })]);
}
