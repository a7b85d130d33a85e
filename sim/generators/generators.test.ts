import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, CHANNELS, checkFeedMessage, FEED_LIMITS, observationKey, type Observation, type Report } from '../../src/protocol/feed/index.js';
import { GEO_34, GEO_63 } from '../geo/index.js';
import { civilOfDay, DAY, dayIndex, HOUR, isoInstant, MINUTE } from '../time.js';
import { createChannelModels, GENERATORS } from './index.js';
import { warningEventsOfDay } from './warning-events.js';

const models = createChannelModels(11);
const at = (text: string) => Date.parse(text);
/** Times that cover the seasons, the 1 July 2025 merger, a month's cut-off and a weekend. */
const TIMES = ['2025-06-30T20:00:00+07:00', '2025-07-20T10:30:00+07:00', '2026-01-15T08:00:00+07:00', '2026-03-14T23:00:00+07:00', '2026-09-19T14:00:00+07:00', '2026-11-22T10:00:00+07:00'].map(at);

function check(channel: string, data: { observations: unknown[]; reports: unknown[]; retracted?: string[] }, now: number): void {
  const result = checkFeedMessage({ channel, seq: 1, sentAt: isoInstant(now), ...data }, { subscribed: new Set([channel]), now });
  if (!result.ok) throw new Error(`${channel}: ${result.rejection.reason} ${result.rejection.detail}`);
  expect(result.message.rejections.map((r) => `${channel} ${r.reason}: ${r.detail}`)).toEqual([]);
}

describe('generators', () => {
  it('cover every channel of the protocol', () => {
    expect(Object.keys(GENERATORS).sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('make snapshots that pass the checks and stay under the item limit', () => {
    for (const t of TIMES) {
      for (const [channel, model] of models) {
        const snapshot = model.snapshot(t);
        expect(snapshot.observations.length + snapshot.reports.length, `${channel} at ${isoInstant(t)}`).toBeLessThanOrEqual(FEED_LIMITS.maxItemsPerMessage);
        expect(snapshot.observations.length, `${channel} at ${isoInstant(t)}`).toBeGreaterThan(0);
        check(channel, snapshot, t);
      }
    }
  });

  it('give every metric of every channel a figure, and most report kinds a narrative', () => {
    const seen = new Map<string, Set<string>>();
    const kinds = new Set<string>();
    for (const t of TIMES) {
      for (const [channel, model] of models) {
        const snapshot = model.snapshot(t);
        const metrics = seen.get(channel) ?? new Set<string>();
        for (const o of snapshot.observations) metrics.add(o.metric);
        seen.set(channel, metrics);
        for (const r of snapshot.reports) kinds.add(`${channel} ${r.kind}`);
      }
    }
    for (const channel of CHANNEL_NAMES) {
      const spec = CHANNELS.get(channel)!;
      for (const metric of Object.keys(spec.metrics)) {
        const found = metric.endsWith('.*') ? [...seen.get(channel)!].some((m) => m.startsWith(metric.slice(0, -1))) : seen.get(channel)!.has(metric);
        expect(found, `${channel} ${metric}`).toBe(true);
      }
    }
    const expected = CHANNEL_NAMES.flatMap((channel) => CHANNELS.get(channel)!.reportKinds.map((kind) => `${channel} ${kind}`));
    const missing = expected.filter((kind) => !kinds.has(kind));
    expect(missing.length, missing.join(', ')).toBeLessThanOrEqual(6); // rare events: e.g. tsunami never, earthquakes seldom
  });

  it('make batches that pass the checks over two days in each season', () => {
    for (const t of TIMES) {
      for (let from = t; from < t + 2 * DAY; from += 20 * MINUTE) {
        for (const [channel, model] of models) check(channel, model.delta(from, from + 20 * MINUTE), from + 20 * MINUTE);
      }
    }
  });

  it('are consistent: snapshot(s) + the batches of (s, t] hold everything snapshot(t) holds', () => {
    const s = at('2026-03-12T06:00:00+07:00');
    const t = s + 3 * DAY + 7 * HOUR;
    for (const [channel, model] of models) {
      const state = new Map<string, unknown>();
      const put = (data: { observations: Observation[]; reports: Report[]; retracted: string[] }) => {
        for (const o of data.observations) state.set(observationKey(o), o);
        for (const r of data.reports) state.set(`report:${r.id}`, r);
        for (const id of data.retracted) state.delete(`report:${id}`);
      };
      put(model.snapshot(s));
      for (let from = s; from < t; from += 37 * MINUTE) put(model.delta(from, Math.min(t, from + 37 * MINUTE)));
      const expected = model.snapshot(t);
      for (const o of expected.observations) expect(state.get(observationKey(o)), `${channel} ${observationKey(o)}`).toEqual(o);
      for (const r of expected.reports) expect(state.get(`report:${r.id}`), `${channel} ${r.id}`).toEqual(r);
    }
  });

  it('are deterministic: a fresh set of models with the same seed gives the same data', () => {
    const again = createChannelModels(11);
    const other = createChannelModels(12);
    const t = TIMES[2]!;
    for (const channel of CHANNEL_NAMES) {
      const snapshot = models.get(channel)!.snapshot(t);
      expect(again.get(channel)!.snapshot(t)).toEqual(snapshot);
      // Published history, and warnings (zero in force on many days), are checked below or not at all.
      if (['finance/ratings', 'finance/public-debt', 'transport/key-projects', 'disaster/warnings'].includes(channel)) continue;
      expect(other.get(channel)!.snapshot(t).observations.map((o) => o.value), channel).not.toEqual(snapshot.observations.map((o) => o.value));
    }
  });
});

describe('warnings', () => {
  it('follow the seasons: storms in summer and autumn, cold surges in winter, different per seed', () => {
    const year = (seed: number) => {
      const first = dayIndex(at('2026-01-01T00:00:00+07:00'));
      return Array.from({ length: 365 }, (_, i) => warningEventsOfDay(seed, first + i)).flat();
    };
    const events = year(11);
    const month = (t: number) => civilOfDay(dayIndex(t)).month;
    const storms = events.filter((e) => e.kind === 'storm');
    expect(storms.length).toBeGreaterThanOrEqual(4);
    expect(storms.every((e) => month(e.issuedAt) >= 5 && month(e.issuedAt) <= 12)).toBe(true);
    expect(events.filter((e) => e.kind === 'cold').every((e) => [10, 11, 12, 1, 2, 3, 4].includes(month(e.issuedAt)))).toBe(true);
    expect(events.filter((e) => e.kind === 'cold').length).toBeGreaterThanOrEqual(8);
    expect(year(12).map((e) => e.id)).not.toEqual(events.map((e) => e.id));
    // Every kind of the channel occurs in a year but the tsunami (a real one is not simulated).
    const kinds = CHANNELS.get('disaster/warnings')!.reportKinds.filter((kind) => kind !== 'tsunami');
    expect(new Set(events.map((e) => e.kind))).toEqual(new Set(kinds));
  });
});

describe('warning shapes', () => {
  it('a storm bulletin carries its track (past, then forecast) and a cone around what is forecast; a flood its zone', () => {
    const first = dayIndex(at('2026-01-01T00:00:00+07:00'));
    const storm = Array.from({ length: 365 }, (_, i) => warningEventsOfDay(11, first + i))
      .flat()
      .find((e) => e.kind === 'storm')!;
    const warnings = models.get('disaster/warnings')!;
    const mid = storm.issuedAt + 12 * HOUR + 30 * MINUTE;
    const bulletin = warnings.snapshot(mid).reports.find((r) => r.id === storm.id)!;
    const track = bulletin.shape?.track;
    expect(track?.forecastFrom).toBeGreaterThan(0);
    expect(track!.forecastFrom!).toBeLessThan(track!.coordinates.length);
    // Moving west towards the coast.
    expect(track!.coordinates.at(-1)![0]).toBeLessThan(track!.coordinates[0]![0]);
    expect(bulletin.shape?.zone?.type).toBe('Polygon');
    const ring = (bulletin.shape!.zone as { coordinates: [number, number][][] }).coordinates[0]!;
    const [west, east] = [Math.min(...ring.map((p) => p[0])), Math.max(...ring.map((p) => p[0]))];
    for (const [lon] of track!.coordinates.slice(track!.forecastFrom)) expect(lon >= west && lon <= east).toBe(true);
    check('disaster/warnings', { observations: [], reports: [bulletin] }, mid);

    const flood = Array.from({ length: 365 }, (_, i) => warningEventsOfDay(11, first + i))
      .flat()
      .find((e) => e.kind === 'flood')!;
    const floodBulletin = warnings.snapshot(flood.issuedAt + HOUR).reports.find((r) => r.id === flood.id)!;
    expect(floodBulletin.shape).toMatchObject({ zone: { type: 'Polygon' } });
    expect(floodBulletin.shape?.track).toBeUndefined();
  });
});

describe('areas', () => {
  it('the 34 units partition the 63', () => {
    const parts = GEO_34.flatMap((area) => area.parts.map((part) => part.iso)).sort();
    expect(parts).toEqual(GEO_63.map((area) => area.code).sort());
  });
});
