import { describe, expect, it } from 'vitest';
import { observationKey, seriesKey } from '../../../src/protocol/feed/records.js';
import { dayFigure, figure, report } from '../../testing/feed.js';
import { historyLimit } from '../../../src/protocol/feed/history.js';
import { ChannelState, periodBounds, supersedes } from './feed-data.js';

const SERIES_HISTORY = historyLimit('day');
const INSTANT_HISTORY = historyLimit('instant');

const DEATHS = 'deaths|VN|persons';

function channel() {
  return new ChannelState('traffic/accidents', 'run-1', 1, 1_000);
}

describe('period bounds', () => {
  it('reads a date as the whole day in Viet Nam and an instant as itself', () => {
    expect(periodBounds({ frequency: 'day', start: '2026-11-21', end: '2026-11-21' })).toEqual([Date.parse('2026-11-21T00:00:00+07:00'), Date.parse('2026-11-22T00:00:00+07:00')]);
    expect(periodBounds({ frequency: 'month', start: '2026-10-15', end: '2026-11-14' })).toEqual([Date.parse('2026-10-15T00:00:00+07:00'), Date.parse('2026-11-15T00:00:00+07:00')]);
    expect(periodBounds({ frequency: 'hour', start: '2026-11-22T07:00:00Z', end: '2026-11-22T08:00:00Z' })).toEqual([Date.parse('2026-11-22T07:00:00Z'), Date.parse('2026-11-22T08:00:00Z')]);
    expect(periodBounds({ frequency: 'day', start: 'yesterday', end: 'today' }).every(Number.isNaN)).toBe(true);
  });
});

describe('which figure wins', () => {
  it('takes a higher revision, or the same revision received later; never a lower one or the same again', () => {
    const held = { revision: 1, receivedAt: '2026-11-22T00:30:00.000Z' };
    expect(supersedes({ revision: 2, receivedAt: '2026-11-21T00:00:00.000Z' }, held)).toBe(true);
    expect(supersedes({ revision: 1, receivedAt: '2026-11-22T00:31:00.000Z' }, held)).toBe(true);
    expect(supersedes({ revision: 1, receivedAt: '2026-11-22T07:31:00+07:00' }, held)).toBe(true); // same instant family, other offset
    expect(supersedes({ revision: 1, receivedAt: '2026-11-22T00:30:00.000Z' }, held)).toBe(false);
    expect(supersedes({ revision: 0, receivedAt: '2026-11-23T00:00:00.000Z' }, held)).toBe(false);
  });
});

describe('a channel', () => {
  it('keys figures by observationKey and indexes them per series, oldest period first', () => {
    const state = channel();
    for (const day of ['2026-11-21', '2026-11-19', '2026-11-20']) state.upsert(dayFigure(day, Number(day.slice(8))));
    state.upsert(figure({ metric: 'injured', value: 40 }));
    const view = state.commit()!;
    const deaths = view.series.get(DEATHS)!;
    expect(deaths.key).toBe(seriesKey(dayFigure('2026-11-21', 0)));
    expect(deaths.entries.map((entry) => entry.value)).toEqual([19, 20, 21]);
    expect(deaths.latest.value).toBe(21);
    expect(deaths.previous?.value).toBe(20);
    expect(view.observations.get(observationKey(dayFigure('2026-11-20', 0)))?.value).toBe(20);
    expect(view.series.get('injured|VN|persons')?.latest.value).toBe(40);
    expect(view.observations.size).toBe(4);
  });

  it('replaces a figure by a revision, keeps it against duplicates and older revisions', () => {
    const state = channel();
    state.upsert(dayFigure('2026-11-21', 21));
    state.commit();
    expect(state.upsert(dayFigure('2026-11-21', 99))).toBe(false); // the same revision again: a duplicate
    expect(state.upsert(dayFigure('2026-11-21', 23, { status: 'revised', revision: 1 }))).toBe(true);
    expect(state.upsert(dayFigure('2026-11-21', 22, { revision: 0, receivedAt: '2026-11-23T00:00:00.000Z' }))).toBe(false);
    const deaths = state.commit()!.series.get(DEATHS)!;
    expect(deaths.entries).toHaveLength(1);
    expect(deaths.latest).toMatchObject({ value: 23, status: 'revised', revision: 1 });
  });

  it('compares the latest figure with the previous period of the same frequency', () => {
    const state = channel();
    // Electricity-style: days and a calendar year in one series; a month too.
    state.upsert(figure({ value: 260_000, period: { frequency: 'year', start: '2025-01-01', end: '2025-12-31' } }));
    state.upsert(dayFigure('2026-11-19', 19));
    state.upsert(figure({ value: 600, period: { frequency: 'month', start: '2026-10-15', end: '2026-11-14' } }));
    state.upsert(dayFigure('2026-11-21', 21)); // the 20th is missing: the 19th is the previous period
    const deaths = state.commit()!.series.get(DEATHS)!;
    expect(deaths.latest.value).toBe(21);
    expect(deaths.previous?.value).toBe(19);
  });

  it('on a tie of period end, takes the shortest period as the latest', () => {
    const state = channel();
    state.upsert(figure({ value: 500, period: { frequency: 'range', start: '2026-11-15', end: '2026-11-21' } }));
    state.upsert(dayFigure('2026-11-21', 21));
    expect(state.commit()!.series.get(DEATHS)!.latest.value).toBe(21);
  });

  it('compares an instant with the last figure of an earlier day (the previous close), not the tick before', () => {
    const state = channel();
    const tick = (iso: string, value: number) => figure({ metric: 'vnindex.close', unit: 'points', value, period: { frequency: 'instant', start: iso, end: iso } });
    state.upsert(tick('2026-11-20T14:30:00+07:00', 1_270));
    state.upsert(figure({ metric: 'vnindex.close', unit: 'points', value: 1_272.5, status: 'final', period: { frequency: 'day', start: '2026-11-20', end: '2026-11-20' } }));
    state.upsert(tick('2026-11-21T09:15:00+07:00', 1_280));
    state.upsert(tick('2026-11-21T09:15:30+07:00', 1_281.2));
    const index = state.commit()!.series.get('vnindex.close|VN|points')!;
    expect(index.latest.value).toBe(1_281.2);
    expect(index.previous?.value).toBe(1_272.5);
    // A count taken at 00:00 belongs to the new day: it is not yesterday's last figure.
    const counts = channel();
    const count = (iso: string, value: number) => figure({ metric: 'warnings.active', unit: 'count', value, period: { frequency: 'instant', start: iso, end: iso } });
    counts.upsert(count('2026-11-21T23:00:00+07:00', 3));
    counts.upsert(count('2026-11-22T00:00:00+07:00', 4));
    counts.upsert(count('2026-11-22T09:00:00+07:00', 2));
    expect(counts.commit()!.series.get('warnings.active|VN|count')!.previous?.value).toBe(3);
    // Only today's ticks: nothing to compare with.
    const fresh = channel();
    fresh.upsert(tick('2026-11-21T09:15:00+07:00', 1_280));
    fresh.upsert(tick('2026-11-21T09:15:30+07:00', 1_281.2));
    expect(fresh.commit()!.series.get('vnindex.close|VN|points')!.previous).toBeNull();
  });

  it('keeps at most SERIES_HISTORY figures per series and frequency, forgetting the oldest everywhere', () => {
    const state = channel();
    state.upsert(figure({ value: 1, period: { frequency: 'year', start: '2020-01-01', end: '2020-12-31' } }));
    const start = Date.UTC(2026, 0, 1);
    for (let i = 0; i < SERIES_HISTORY + 10; i++) state.upsert(dayFigure(new Date(start + i * 86_400_000).toISOString().slice(0, 10), i));
    const view = state.commit()!;
    const deaths = view.series.get(DEATHS)!;
    expect(deaths.entries).toHaveLength(SERIES_HISTORY + 1);
    expect(deaths.entries[0]?.period.frequency).toBe('year'); // another frequency keeps its own quota
    expect(deaths.entries[1]?.value).toBe(10);
    expect(view.observations.size).toBe(SERIES_HISTORY + 1);
    expect(view.observations.has(observationKey(dayFigure('2026-01-01', 0)))).toBe(false);
    // A late figure for a forgotten day comes and goes at once.
    expect(state.upsert(dayFigure('2026-01-02', 1))).toBe(true);
    expect(state.commit()!.series.get(DEATHS)!.entries).toHaveLength(SERIES_HISTORY + 1);
    expect(view.observations.size).toBe(SERIES_HISTORY + 1);
  });

  it('keeps monthly series back to 2010 for the charts over time (240 months), and days to their own limit', () => {
    const state = channel();
    for (let i = 0; i < 260; i++) {
      const year = 2005 + Math.floor(i / 12);
      const month = (i % 12) + 1;
      const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
      const mm = String(month).padStart(2, '0');
      state.upsert(figure({ value: i, period: { frequency: 'month', start: `${year}-${mm}-01`, end: `${year}-${mm}-${last}` } }));
    }
    const months = state.commit()!.series.get(DEATHS)!.entries;
    expect(months).toHaveLength(240);
    expect(months[0]!.period.start).toBe('2006-09-01');
    expect(historyLimit('month')).toBe(240);
  });

  it('keeps a trading day of instants (market ticks) beside the closes, which they do not evict', () => {
    const state = channel();
    const close = (day: string, value: number) => figure({ metric: 'vnindex.close', unit: 'points', value, period: { frequency: 'day', start: day, end: day } });
    state.upsert(close('2026-11-26', 1_270));
    state.upsert(close('2026-11-27', 1_275));
    const open = Date.parse('2026-11-30T02:00:00Z');
    const ticks = 1_710;
    for (let i = 0; i < ticks; i++) {
      const at = new Date(open + i * 10_000).toISOString();
      state.upsert(figure({ metric: 'vnindex.close', unit: 'points', value: 1_280 + i / 100, period: { frequency: 'instant', start: at, end: at } }));
    }
    const series = state.commit()!.series.get('vnindex.close|VN|points')!;
    expect(series.entries.filter((entry) => entry.period.frequency === 'instant')).toHaveLength(ticks);
    expect(series.previous?.value).toBe(1_275);
    expect(INSTANT_HISTORY).toBeGreaterThanOrEqual(ticks);
  });

  it('replaces only the series it changed, and makes no new view when nothing changed', () => {
    const state = channel();
    state.upsert(dayFigure('2026-11-21', 21));
    state.upsert(figure({ metric: 'injured', value: 40 }));
    const first = state.commit()!;
    const injured = first.series.get('injured|VN|persons');
    expect(state.commit()).toBeNull();
    state.upsert(dayFigure('2026-11-22', 30));
    const second = state.commit()!;
    expect(second).not.toBe(first);
    expect(second.version).toBe(first.version + 1);
    expect(second.series.get('injured|VN|persons')).toBe(injured);
    expect(second.series.get(DEATHS)?.latest.value).toBe(30);
  });

  it('keeps reports by id, takes revisions, drops retracted ones, and counts the changes', () => {
    const state = channel();
    state.upsertReport(report());
    const first = state.commit()!;
    expect(state.upsertReport(report({ title: 'again' }))).toBe(false);
    state.upsertReport(report({ revision: 1, title: 'Cập nhật' }));
    const second = state.commit()!;
    expect(second.reports.get('acc-1')?.title).toBe('Cập nhật');
    expect(second.reportsVersion).toBe(first.reportsVersion + 1);
    expect(state.retract('acc-1')).toBe(true);
    expect(state.retract('acc-1')).toBe(false);
    expect(state.commit()!.reports.size).toBe(0);
  });

  it('after a snapshot, keeps the series objects whose content did not change', () => {
    const before = channel();
    before.upsert(dayFigure('2026-11-21', 21));
    before.upsert(figure({ metric: 'injured', value: 40 }));
    const old = before.commit()!;
    const after = new ChannelState('traffic/accidents', 'run-2', 5, 2_000);
    after.upsert(dayFigure('2026-11-21', 21)); // as before, received anew
    after.upsert(figure({ metric: 'injured', value: 41, revision: 1 }));
    const view = after.commit(old)!;
    expect(view.series.get(DEATHS)).toBe(old.series.get(DEATHS));
    expect(view.series.get('injured|VN|persons')).not.toBe(old.series.get('injured|VN|persons'));
    expect(view.version).toBeGreaterThan(old.version);
    expect(view).toMatchObject({ epoch: 'run-2', seq: 5, lastReceivedAt: 2_000 });
  });
});
