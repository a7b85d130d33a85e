import { reportingPeriodOf } from '../../src/domain/reporting-period.js';
import { areaContaining, GEO_NATIONAL, provincesFor, type GeoArea } from '../geo/index.js';
import { placeOf } from '../geo/place.js';
import { ChannelModel } from '../model/channel-model.js';
import { emitDayFigures } from '../model/daily-figures.js';
import { dayStamp, instantStamp, rangeStamp, SlotBuilder } from '../model/items.js';
import { emitFigures, emitRevisions, provincialFigures } from '../model/provincial.js';
import { dailySchedule } from '../model/schedules.js';
import { between, poisson, rng, round } from '../prng.js';
import { CONGESTION_CAUSES, CONGESTION_HOTSPOTS, congestionText, hotIssueText, seriousAccidentText } from '../text/accidents.js';
import { civilOfDay, dayOfCivil, dayStart, HOUR, isoInstant, MINUTE, weekday } from '../time.js';
import type { GeneratorContext } from './context.js';
import { accidentRates, drawAccidentDay, type AccidentDay } from './accident-draws.js';

/**
 * traffic/accidents — the daily report of the National Traffic Safety Committee (domain facts §3):
 * day D (00:00–24:00) is reported at 07:30 on D+1, provisional, and revised at 07:00 on D+2 (late
 * deaths of the injured, late-reported accidents: status "revised", revision 1, changed figures only).
 * 1: accidents, deaths, injured, nationwide and per province; 2: road (nationwide), rail and inland
 * waterway (nationwide and the provinces where they happened); 4: deaths per day on average over the
 * monthly reporting period so far (15th → D), its change against the same dates a year earlier, and
 * the change in deaths per province (4.5/4.6, the top 5 up and down, follow from these); 3.1 serious
 * accidents (≤ 100 words), 3.2 serious congestion (≤ 50 words), 5 hot issues (≤ 200 words).
 */
const MAIN = { accidents: 'sum', deaths: 'sum', injured: 'sum' } as const;
const KINDS = ['road', 'rail', 'waterway'] as const;
const FIGURES = {
  ...MAIN,
  ...Object.fromEntries(KINDS.flatMap((kind) => [`${kind}.accidents`, `${kind}.deaths`, `${kind}.injured`].map((metric) => [metric, 'sum' as const]))),
};

export function createAccidents({ seed, spec, mediaUrl }: GeneratorContext): ChannelModel {
  const rates = accidentRates();
  const days = new Map<number, Map<string, AccidentDay>>();
  const dayDraws = (day: number) => {
    let draws = days.get(day);
    if (!draws) {
      draws = drawAccidentDay(seed, day, rates);
      days.set(day, draws);
      if (days.size > 120) days.delete(days.keys().next().value as number);
    }
    return draws;
  };
  const figure = (day: number, iso: string, revised: boolean) => {
    const draw = dayDraws(day).get(iso);
    return (revised ? draw?.revised : draw?.first) ?? {};
  };

  const build = (day: number) => {
    const builder = new SlotBuilder(spec);
    const publish = dayStart(day + 1) + 7 * HOUR + 30 * MINUTE;
    emitDayFigures(builder, day, {
      figures: { rollUps: FIGURES },
      at: publish,
      draw: (iso) => figure(day, iso, false),
      revision: { at: dayStart(day + 2) + 7 * HOUR, draw: (iso) => figure(day, iso, true) },
      keep: (area, metric, _value, values) => {
        if (metric in MAIN) return true;
        if (area.code === GEO_NATIONAL.code) return true;
        const kind = metric.split('.')[0];
        return kind !== 'road' && (values[`${kind}.accidents`] ?? 0) > 0;
      },
    });
    emitComparisons(builder, day, publish);
    emitEvents(builder, day);
    return builder.done();
  };

  /**
   * §4: over the reporting period so far, against the same dates a year earlier. When day D's own figures
   * are revised (07:00 on D+2), the figures of the period up to D are recomputed and revised with them.
   */
  const emitComparisons = (builder: SlotBuilder, day: number, at: number) => {
    const civil = civilOfDay(day);
    const first = dayOfCivil(reportingPeriodOf('month', civil).start);
    const shift = day - dayOfCivil({ ...civil, year: civil.year - 1, day: civil.month === 2 && civil.day === 29 ? 28 : civil.day });
    const n = day - first + 1;
    const derive = (lastRevised: boolean) =>
      provincialFigures(day, { rollUps: { now: 'sum', before: 'sum' } }, (iso) => {
        let now = 0;
        let before = 0;
        for (let d = first; d <= day; d++) {
          now += figure(d, iso, d < day || lastRevised).deaths ?? 0;
          before += figure(d - shift, iso, true).deaths ?? 0;
        }
        return { now, before };
      }).map(({ area, values }) => {
        const now = values.now ?? 0;
        const before = values.before ?? 0;
        return { area, values: { 'deaths.per-day': round(now / n, 2), 'deaths.per-day.change-yoy': round((now - before) / n, 2), 'deaths.change-yoy': now - before } };
      });
    const stamp = rangeStamp(first, day);
    const published = derive(false);
    emitFigures(builder, { at }, stamp, published);
    emitRevisions(builder, dayStart(day + 2) + 7 * HOUR, 1, stamp, published, derive(true));
  };

  const emitEvents = (builder: SlotBuilder, day: number) => {
    const draws = dayDraws(day);
    for (const [iso, draw] of draws) {
      draw.serious.forEach((event, index) => {
        const area = areaContaining(iso, day);
        const next = rng(seed, 'acc|text', day, iso, index);
        const { title, text, road } = seriousAccidentText(next, area, event.at, event.deaths, event.injured);
        const id = `acc-${day}-${iso.slice(3).toLowerCase()}-${index}`;
        builder.report(
          { at: event.at + between(next, 60, 180) * MINUTE },
          { id, kind: 'serious-accident', area: area.code, title, text, occurredAt: isoInstant(event.at), severity: event.deaths >= 5 ? 'extreme' : 'severe', location: { ...placeOf(seed, id, iso), place: road }, facts: { deaths: event.deaths, injured: event.injured }, ...instantStamp(event.at) },
        );
      });
    }
    emitCongestion(builder, day);
    const hot = rng(seed, 'acc|hot', day);
    if (hot() < 0.75) {
      const area = pickArea(hot, provincesFor(day));
      const { title, text } = hotIssueText(hot, area);
      builder.report({ at: dayStart(day + 1) + 9 * HOUR }, { id: `hot-${day}`, kind: 'hot-issue', area: GEO_NATIONAL.code, title, text, occurredAt: isoInstant(dayStart(day) + 12 * HOUR), media: [{ kind: 'image', url: mediaUrl(`hot-${day}.png`), caption: area.name }], ...dayStamp(day) });
    }
  };

  const emitCongestion = (builder: SlotBuilder, day: number) => {
    const next = rng(seed, 'acc|congestion', day);
    const busy = [4, 6].includes(weekday(day)) ? 1.8 : 1;
    const count = poisson(next, 0.9 * busy);
    for (let i = 0; i < count; i++) {
      const spot = CONGESTION_HOTSPOTS[Math.floor(next() * CONGESTION_HOTSPOTS.length)] ?? CONGESTION_HOTSPOTS[0];
      if (!spot) continue;
      const area = areaContaining(spot.iso63, day);
      const from = dayStart(day) + (next() < 0.5 ? between(next, 6, 8) : between(next, 16, 19)) * HOUR + between(next, 0, 11) * 5 * MINUTE;
      const minutes = between(next, 9, 48) * 5;
      const km = round(2 + next() * 10, 1);
      const cause = CONGESTION_CAUSES[Math.floor(next() * CONGESTION_CAUSES.length)] ?? 'lưu lượng phương tiện tăng cao';
      const id = `cong-${day}-${i}`;
      const base = { id, kind: 'congestion', area: area.code, occurredAt: isoInstant(from), severity: 'moderate' as const, location: { ...placeOf(seed, id, spot.iso63, 6), place: spot.place } };
      const early = congestionText(spot, area, from, null, round(km * 0.6, 1), cause);
      builder.report({ at: from + 30 * MINUTE }, { ...base, ...early, facts: { 'length-km': round(km * 0.6, 1) }, ...instantStamp(from) });
      const final = congestionText(spot, area, from, minutes, km, cause);
      builder.report({ at: from + (minutes + 10) * MINUTE, status: 'revised', revision: 1 }, { ...base, ...final, facts: { 'length-km': km, 'duration-min': minutes }, period: { frequency: 'range', start: isoInstant(from), end: isoInstant(from + minutes * MINUTE) }, cutOff: isoInstant(from + minutes * MINUTE) });
    }
  };

  return new ChannelModel(spec, [dailySchedule({ lagSlots: 2, windowSlots: 30, build })], 160);
}

function pickArea(next: () => number, areas: readonly GeoArea[]): GeoArea {
  return areas[Math.floor(next() * areas.length)] ?? GEO_NATIONAL;
}
