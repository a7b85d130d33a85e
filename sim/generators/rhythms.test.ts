import { describe, expect, it } from 'vitest';
import { observationKey, type Observation } from '../../src/protocol/feed/index.js';
import { DAY, dayIndex, HOUR, MINUTE, minuteOfDay, weekday } from '../time.js';
import { indicatorCodeOfMetric, loadIndicatorCatalogue } from '../../src/domain/indicators/index.js';
import { createChannelModels } from './index.js';

const models = createChannelModels(5);
const at = (text: string) => Date.parse(text);
const model = (channel: string) => models.get(channel)!;
const catalogue = loadIndicatorCatalogue();
const regimeOf = (metric: string) => catalogue.get(indicatorCodeOfMetric(metric) ?? '')?.regime;

/** Everything a channel publishes in [from, to), cut in 10-minute batches as the server would. */
function published(channel: string, from: number, to: number): Observation[] {
  const out: Observation[] = [];
  for (let t = from; t < to; t += 10 * MINUTE) out.push(...model(channel).delta(t, Math.min(to, t + 10 * MINUTE)).observations);
  return out;
}

describe('revisions', () => {
  it("yesterday's accidents are revised this morning: same key and period, status revised, revision 1, a new value", () => {
    const items = published('traffic/accidents', at('2026-05-10T00:00:00+07:00'), at('2026-05-14T00:00:00+07:00'));
    const first = new Map(items.filter((o) => o.revision === 0).map((o) => [observationKey(o), o]));
    const revised = items.filter((o) => o.status === 'revised' && o.period.start >= '2026-05-10');
    expect(revised.length).toBeGreaterThan(3);
    for (const item of revised) {
      const original = first.get(observationKey(item));
      expect(original, observationKey(item)).toBeDefined();
      expect(item.revision).toBe(1);
      expect(item.value).not.toBe(original!.value);
      expect(Date.parse(item.reportedAt)).toBeGreaterThan(Date.parse(original!.reportedAt));
      expect(minuteOfDay(Date.parse(item.reportedAt))).toBe(7 * 60);
      expect(dayIndex(Date.parse(item.reportedAt)) - dayIndex(Date.parse(`${item.period.start}T00:00:00+07:00`))).toBe(2);
    }
  });

  it("last month's indicators are revised a week after their first release", () => {
    const items = published('indicators/kt-xh', at('2026-06-14T00:00:00+07:00'), at('2026-07-10T00:00:00+07:00')).filter((o) => o.period.frequency === 'month' && regimeOf(o.metric) === 'decree-09');
    const first = items.filter((o) => o.revision === 0);
    const revised = items.filter((o) => o.revision === 1);
    expect(first.every((o) => o.period.start === '2026-05-15' && o.period.end === '2026-06-14' && o.cutOff === '2026-06-15T00:00:00+07:00')).toBe(true);
    expect(first.every((o) => o.reportedAt === '2026-06-19T09:00:00+07:00' && o.status === 'provisional')).toBe(true);
    expect(revised.length).toBeGreaterThan(10);
    expect(revised.every((o) => o.reportedAt === '2026-06-26T09:00:00+07:00' && o.status === 'revised')).toBe(true);
    const original = new Map(first.map((o) => [observationKey(o), o.value]));
    for (const item of revised) expect(item.value).not.toBe(original.get(observationKey(item)));
  });

  it("a statistical indicator's month is the calendar month, released five days after it ends", () => {
    const items = published('indicators/kt-xh', at('2026-06-01T00:00:00+07:00'), at('2026-06-10T00:00:00+07:00')).filter((o) => o.period.frequency === 'month' && regimeOf(o.metric) === 'statistical' && o.revision === 0);
    expect(items.length).toBeGreaterThan(10);
    expect(items.every((o) => o.period.start === '2026-05-01' && o.period.end === '2026-05-31' && o.cutOff === '2026-06-01T00:00:00+07:00' && o.reportedAt === '2026-06-05T09:00:00+07:00')).toBe(true);
  });
});

describe('provinces and the nation', () => {
  const sumAgrees = (items: Observation[], metric: string, prefix: string) => {
    const pick = items.filter((o) => o.metric === metric && o.revision === 0);
    const national = pick.find((o) => o.area === 'VN')!.value;
    const provinces = pick.filter((o) => o.area.startsWith(prefix));
    return { national, sum: provinces.reduce((total, o) => total + o.value, 0), count: provinces.length };
  };

  it('reports per the 63 units before 1 July 2025 and per the 34 after, and "VN" is their sum', () => {
    const june = published('traffic/accidents', at('2025-07-01T00:00:00+07:00'), at('2025-07-01T12:00:00+07:00'));
    const july = published('traffic/accidents', at('2025-07-02T00:00:00+07:00'), at('2025-07-02T12:00:00+07:00'));
    for (const metric of ['accidents', 'deaths', 'injured']) {
      const before = sumAgrees(june, metric, 'VN-');
      expect(before.count).toBe(63);
      expect(before.sum).toBe(before.national);
      const after = sumAgrees(july, metric, 'VN34-');
      expect(after.count).toBe(34);
      expect(after.sum).toBe(after.national);
    }
    // Each figure is in the set in force for its own period (the revision of 30 June, sent in July, too).
    for (const o of [...june, ...july].filter((item) => item.period.frequency === 'day' && item.area !== 'VN')) {
      expect(o.area.startsWith(o.period.end < '2025-07-01' ? 'VN-' : 'VN34-'), `${o.area} ${o.period.end}`).toBe(true);
    }
  });

  it('the traffic report carries road figures nationwide only, rail and waterway where they happened, and the comparisons', () => {
    const items = published('traffic/accidents', at('2026-04-01T00:00:00+07:00'), at('2026-04-11T00:00:00+07:00'));
    expect(items.filter((o) => o.metric.startsWith('road.')).every((o) => o.area === 'VN')).toBe(true);
    expect(items.filter((o) => o.metric.startsWith('rail.') && o.area !== 'VN' && o.metric === 'rail.accidents').every((o) => o.value > 0)).toBe(true);
    const perDay = items.filter((o) => o.metric === 'deaths.per-day' && o.area === 'VN' && o.revision === 0);
    expect(perDay.length).toBe(10);
    // Revised with the last day's deaths (where they changed), two days after.
    expect(items.filter((o) => o.metric === 'deaths.per-day' && o.area === 'VN' && o.revision === 1).length).toBeGreaterThan(0);
    expect(perDay.every((o) => o.period.frequency === 'range' && o.period.start === '2026-03-15' && o.value > 15 && o.value < 45)).toBe(true);
    expect(items.filter((o) => o.metric === 'deaths.change-yoy' && o.area.startsWith('VN34-') && o.revision === 0).length).toBe(34 * 10);
  });

  it('covid totals grow by exactly the new cases, and the provinces add up to the nation', () => {
    const items = published('health/covid19', at('2026-02-01T00:00:00+07:00'), at('2026-02-04T00:00:00+07:00'));
    const value = (metric: string, area: string, day: string) => items.find((o) => o.metric === metric && o.area === area && o.period.start === day)!.value;
    for (const area of ['VN', 'WORLD', 'VN34-01']) expect(value('cases.total', area, '2026-02-02') - value('cases.total', area, '2026-02-01')).toBe(value('cases.new', area, '2026-02-02'));
    const day = items.filter((o) => o.metric === 'cases.total' && o.period.start === '2026-02-02');
    expect(day.filter((o) => o.area.startsWith('VN34-')).reduce((sum, o) => sum + o.value, 0)).toBe(value('cases.total', 'VN', '2026-02-02'));
  });
});

describe('rhythms', () => {
  it('market ticks only in trading hours (09:00–11:30, 13:00–14:45, Mon–Fri); closes at 15:00 on trading days', () => {
    const week = published('finance/markets', at('2026-11-16T00:00:00+07:00'), at('2026-11-23T00:00:00+07:00'));
    const ticks = week.filter((o) => o.period.frequency === 'instant');
    expect(ticks.length).toBe(5 * 1532 * 6);
    for (const tick of ticks) {
      const t = Date.parse(tick.period.start);
      const minute = minuteOfDay(t);
      expect(weekday(dayIndex(t))).toBeLessThan(5);
      expect((minute >= 540 && minute <= 690) || (minute >= 780 && minute <= 885)).toBe(true);
    }
    const closes = week.filter((o) => o.period.frequency === 'day' && o.metric === 'vnindex.close');
    expect(closes.map((o) => o.period.start)).toEqual(['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20']);
    expect(closes.every((o) => o.reportedAt.endsWith('T15:00:00+07:00') && o.status === 'final')).toBe(true);
    const lastTick = ticks.filter((o) => o.metric === 'vnindex.close' && o.period.start.startsWith('2026-11-20')).at(-1)!;
    expect(lastTick.value).toBe(closes.at(-1)!.value);
    const weekend = model('finance/markets').delta(at('2026-11-21T00:00:00+07:00'), at('2026-11-23T00:00:00+07:00'));
    expect(weekend.observations).toEqual([]);
  });

  it('AQI: Hà Nội PM2.5 is worse in winter than in summer, and worse in the evening rush than mid-afternoon', () => {
    const mean = (from: string, days: number, hour?: number) => {
      const start = at(from);
      const items = published('environment/aqi', start, start + days * DAY + 2 * HOUR).filter((o) => o.metric === 'conc.pm25' && o.area === 'VN34-01' && (hour === undefined || new Date(Date.parse(o.period.start) + 7 * HOUR).getUTCHours() === hour));
      return items.reduce((sum, o) => sum + o.value, 0) / items.length;
    };
    expect(mean('2026-01-05T00:00:00+07:00', 14)).toBeGreaterThan(1.6 * mean('2026-07-05T00:00:00+07:00', 14));
    expect(mean('2026-01-05T00:00:00+07:00', 28, 20)).toBeGreaterThan(mean('2026-01-05T00:00:00+07:00', 28, 15));
  });

  it('epidemics are weekly (Monday–Sunday), reported on Tuesday', () => {
    const items = published('health/epidemics', at('2026-08-03T00:00:00+07:00'), at('2026-08-10T00:00:00+07:00')).filter((o) => o.revision === 0);
    expect(new Set(items.map((o) => `${o.period.frequency} ${o.period.start} ${o.period.end} ${o.reportedAt}`))).toEqual(new Set(['week 2026-07-27 2026-08-02 2026-08-04T10:00:00+07:00']));
  });

  it('forest-fire danger is high in the north-west dry season and low in its rainy season; salinity peaks in the dry season', () => {
    const level = (from: string) => published('agriculture/forest-fire', at(from), at(from) + DAY).find((o) => o.metric === 'danger-level' && o.area === 'VN34-14')!.value;
    expect(level('2026-03-05T00:00:00+07:00')).toBeGreaterThanOrEqual(3);
    expect(level('2026-09-05T00:00:00+07:00')).toBeLessThanOrEqual(2);
    const salinity = (from: string) => published('agriculture/drought-salinity', at(from), at(from) + DAY).find((o) => o.metric === 'salinity.intrusion' && o.area === 'VN')!.value;
    expect(salinity('2026-03-25T00:00:00+07:00')).toBeGreaterThan(1.8 * salinity('2026-09-25T00:00:00+07:00'));
  });
});
