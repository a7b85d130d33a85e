import { describe, expect, it } from 'vitest';
import { createWallStore } from './wall-store.js';
import { parseLink } from './feed-slice.js';
import { freshnessOf } from './freshness.js';
import { link } from '../../testing/feed.js';

const T0 = Date.parse('2026-11-22T07:00:00+07:00');
const connected = { state: 'connected' as const, since: T0 - 3_600_000 };
const channel = (confirmedAt: number | null, expectedIntervalS = 60) => ({ confirmedAt, expectedIntervalS });

describe('freshness', () => {
  it('is fresh within the expected interval, late up to twice it, stale beyond (bounds included)', () => {
    const at = (ageS: number) => freshnessOf({ upstream: connected, channel: channel(T0), now: T0 + ageS * 1000 });
    expect(at(0)).toEqual({ state: 'fresh', confirmedAt: T0, ageS: 0, since: null });
    expect(at(60).state).toBe('fresh');
    expect(at(60.001)).toMatchObject({ state: 'late', since: T0 + 60_000 });
    expect(at(120).state).toBe('late');
    expect(at(120.5)).toMatchObject({ state: 'stale', since: T0 + 120_000, ageS: 120.5 });
  });

  it('is stale at once when the hub says its upstream is anything but connected', () => {
    for (const state of ['down', 'connecting', 'not-configured'] as const) {
      const result = freshnessOf({ upstream: { state, since: T0 + 5_000 }, channel: channel(T0), now: T0 + 6_000 });
      expect(result).toMatchObject({ state: 'stale', since: T0 + 5_000, ageS: 6 });
    }
    // Data already stale before the link went: stale since it aged out.
    expect(freshnessOf({ upstream: { state: 'down', since: T0 + 600_000 }, channel: channel(T0), now: T0 + 700_000 }).since).toBe(T0 + 120_000);
  });

  it('is stale when never confirmed, or when the hub has said nothing yet', () => {
    expect(freshnessOf({ upstream: connected, channel: channel(null), now: T0 })).toEqual({ state: 'stale', confirmedAt: null, ageS: null, since: null });
    expect(freshnessOf({ upstream: null, channel: channel(T0), now: T0 }).state).toBe('stale');
    expect(freshnessOf({ upstream: connected, channel: undefined, now: T0 }).state).toBe('stale');
  });

  it('cut off from the hub, judges by the last confirmation it knows: the data ages into late, then stale', () => {
    const store = createWallStore();
    store.getState().linkReceived(link({ 'traffic/accidents': new Date(T0).toISOString() }), T0);
    store.getState().hubLost(T0 + 1_000);
    const judge = () => {
      const { link: held, tickAt } = store.getState();
      return freshnessOf({ upstream: held?.upstream, channel: held?.channels['traffic/accidents'], now: tickAt }).state;
    };
    store.getState().tick(T0 + 30_000);
    expect(judge()).toBe('fresh');
    store.getState().tick(T0 + 90_000);
    expect(judge()).toBe('late');
    store.getState().tick(T0 + 121_000);
    expect(judge()).toBe('stale');
    expect(store.getState().hubLostAt).toBe(T0 + 1_000);
  });

  it('never counts a confirmation from a clock slightly ahead as negative age', () => {
    expect(freshnessOf({ upstream: connected, channel: channel(T0 + 2_000), now: T0 })).toMatchObject({ state: 'fresh', ageS: 0 });
  });
});

describe('the data link in the store', () => {
  it('converts times, keeps unchanged channel entries as they were, and refuses a malformed link', () => {
    const first = parseLink(link({ a: '2026-11-22T00:00:00.000Z', b: null }), null, 1)!;
    expect(first.channels.a).toEqual({ confirmedAt: Date.parse('2026-11-22T00:00:00.000Z'), expectedIntervalS: 60 });
    expect(first.channels.b).toEqual({ confirmedAt: null, expectedIntervalS: 60 });
    const second = parseLink(link({ a: '2026-11-22T00:00:00.000Z', b: '2026-11-22T00:00:02.000Z' }), first, 2)!;
    expect(second.channels.a).toBe(first.channels.a);
    expect(second.channels.b).not.toBe(first.channels.b);
    expect(second.upstream).toBe(first.upstream);
    expect(parseLink({ upstream: { state: 'sideways', since: 'x' }, channels: {} }, first, 3)).toBeNull();
    expect(parseLink(null, first, 3)).toBeNull();
    const store = createWallStore();
    expect(store.getState().linkReceived({ nonsense: true }, 5)).toBe(false);
    expect(store.getState().link).toBeNull();
    expect(store.getState().linkReceived(link({ a: null }), 6)).toBe(true);
    expect(store.getState()).toMatchObject({ tickAt: 6, link: { receivedAt: 6 } });
  });
});
