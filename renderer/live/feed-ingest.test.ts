import { afterEach, describe, expect, it, vi } from 'vitest';
import { AREAS_34 } from '../../src/domain/areas/index.js';
import type { ChannelData } from '../state/wall/feed-data.js';
import { batch, dayFigure, figure, report, snapshot } from '../testing/feed.js';
import { FeedIngest, frameScheduler } from './feed-ingest.js';

const ACC = 'traffic/accidents';
const MARKETS = 'finance/markets';
const DEATHS = 'deaths|VN|persons';

/** An ingest whose frames run when the test says, recording every publish. */
function setup(options: { budgetMs?: number; clock?: () => number } = {}) {
  const frames: (() => void)[] = [];
  const published: ChannelData[][] = [];
  const problems: string[] = [];
  const ingest = new FeedIngest({
    publish: (changed) => published.push([...changed]),
    schedule: (flush) => {
      frames.push(flush);
      return () => frames.splice(frames.indexOf(flush), 1);
    },
    now: () => 5_000,
    clock: options.clock ?? (() => 0),
    budgetMs: options.budgetMs ?? 8,
    onProblem: (message) => problems.push(message),
  });
  const frame = () => frames.splice(0).forEach((flush) => flush());
  const latest = (channel: string) => published.flat().filter((view) => view.channel === channel).at(-1);
  return { ingest, frames, published, problems, frame, latest };
}

describe('feed ingest', () => {
  it('applies everything that arrived in a frame in one publish, and none before the frame', () => {
    const { ingest, frames, published, frame, latest } = setup();
    ingest.receiveSnapshot(snapshot(ACC, 10, [dayFigure('2026-11-20', 20)]));
    ingest.receiveSnapshot(snapshot(MARKETS, 3, []));
    for (let seq = 11; seq <= 30; seq++) ingest.receiveBatch(batch(ACC, seq, [dayFigure('2026-11-21', seq, { status: 'revised', revision: seq })]));
    expect(frames).toHaveLength(1); // one frame requested, however many messages
    expect(published).toHaveLength(0);
    frame();
    expect(published).toHaveLength(1);
    expect(published[0]!.map((view) => view.channel).sort()).toEqual([MARKETS, ACC].sort());
    const acc = latest(ACC)!;
    expect(acc).toMatchObject({ epoch: 'run-1', seq: 30, lastReceivedAt: 5_000, gaps: 0 });
    expect(acc.series.get(DEATHS)?.latest.value).toBe(30);
    expect(acc.series.get(DEATHS)?.previous?.value).toBe(20);
    expect(frames).toHaveLength(0);
  });

  it('a snapshot replaces the channel; a batch merges into it', () => {
    const { ingest, frame, latest } = setup();
    ingest.receiveSnapshot(snapshot(ACC, 1, [dayFigure('2026-11-20', 20), figure({ metric: 'injured', value: 40 })], { reports: [report()] }));
    frame();
    ingest.receiveBatch(batch(ACC, 2, [dayFigure('2026-11-21', 21)], { retracted: ['acc-1'] }));
    frame();
    expect(latest(ACC)!.series.size).toBe(2);
    expect(latest(ACC)!.reports.size).toBe(0);
    ingest.receiveSnapshot(snapshot(ACC, 7, [dayFigure('2026-11-22', 22)]));
    frame();
    const view = latest(ACC)!;
    expect([...view.series.keys()]).toEqual([DEATHS]);
    expect(view.series.get(DEATHS)!.entries.map((entry) => entry.value)).toEqual([22]);
    expect(view.seq).toBe(7);
  });

  it('ignores batches of another hub run or already applied; takes one after a gap and counts it', () => {
    const { ingest, frame, latest } = setup();
    ingest.receiveBatch(batch(ACC, 1, [dayFigure('2026-11-19', 1)])); // before any snapshot
    ingest.receiveSnapshot(snapshot(ACC, 5, [dayFigure('2026-11-20', 20)]));
    ingest.receiveBatch(batch(ACC, 5, [dayFigure('2026-11-20', 99, { revision: 3 })])); // seq already held
    ingest.receiveBatch(batch(ACC, 6, [dayFigure('2026-11-20', 98, { revision: 3 })], { epoch: 'run-0' })); // another run
    ingest.receiveBatch(batch(ACC, 8, [dayFigure('2026-11-21', 21)])); // 6 and 7 missing
    frame();
    const view = latest(ACC)!;
    expect(view.series.get(DEATHS)!.entries.map((entry) => entry.value)).toEqual([20, 21]);
    expect(view).toMatchObject({ seq: 8, gaps: 1 });
    expect(ingest.stats).toMatchObject({ ignored: 3, gaps: 1 });
  });

  it('gives the positions to resume from: the latest hub run and its channels', () => {
    const { ingest } = setup();
    expect(ingest.resume()).toBeUndefined();
    ingest.receiveSnapshot(snapshot(ACC, 5, []));
    ingest.receiveSnapshot(snapshot(MARKETS, 9, []));
    ingest.receiveBatch(batch(ACC, 6, []));
    expect(ingest.resume()).toEqual({ epoch: 'run-1', seqs: { [ACC]: 6, [MARKETS]: 9 } });
    // The hub restarted: a channel of the new run; the old run's channels are no longer resumable.
    ingest.receiveSnapshot(snapshot(ACC, 0, [], { epoch: 'run-2' }));
    expect(ingest.resume()).toEqual({ epoch: 'run-2', seqs: { [ACC]: 0 } });
  });

  it('spreads a large backlog over frames within its time budget, never showing half a snapshot', () => {
    let now = 0;
    // Each look at the clock costs 1 ms: with a 4 ms budget a frame applies a few hundred items.
    const { ingest, frames, published, frame, latest } = setup({ budgetMs: 4, clock: () => now++ });
    const days = Array.from({ length: 3_000 }, (_, i) => figure({ area: AREAS_34[1 + (i % 33)]!.code, metric: i < 1_500 ? 'deaths' : 'injured', value: i, period: { frequency: 'day', start: '2026-11-21', end: '2026-11-21' }, receivedAt: new Date(Date.UTC(2026, 10, 22) + i).toISOString() }));
    ingest.receiveSnapshot(snapshot(ACC, 1, days));
    frame();
    expect(published).toHaveLength(0); // the snapshot is not complete: nothing of it is shown
    expect(frames).toHaveLength(1); // the rest comes next frame
    let rounds = 1;
    while (frames.length > 0 && rounds < 100) {
      frame();
      rounds++;
    }
    expect(rounds).toBeGreaterThan(2);
    expect(published).toHaveLength(1);
    expect(latest(ACC)!.observations.size).toBeGreaterThan(0);
    // A big batch is shown as far as it got, frame by frame.
    ingest.receiveBatch(batch(ACC, 2, Array.from({ length: 2_000 }, (_, i) => dayFigure(new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10), i, { area: 'VN34-01' }))));
    frame();
    expect(published).toHaveLength(2);
    expect(latest(ACC)!.seq).toBe(1); // not fully applied yet
    while (frames.length > 0) frame();
    expect(latest(ACC)!.seq).toBe(2);
    expect(latest(ACC)!.series.get('deaths|VN34-01|persons')!.latest.value).toBe(1_999);
  });

  it('lets a snapshot supersede what was still queued for its channel', () => {
    const { ingest, frame, published } = setup();
    ingest.receiveSnapshot(snapshot(ACC, 1, [dayFigure('2026-11-20', 20)]));
    ingest.receiveBatch(batch(ACC, 2, [dayFigure('2026-11-21', 21)]));
    ingest.receiveSnapshot(snapshot(ACC, 9, [dayFigure('2026-11-22', 22)]));
    expect(ingest.pending).toBe(1);
    frame();
    expect(published[0]![0]!.series.get(DEATHS)!.entries.map((entry) => entry.value)).toEqual([22]);
  });

  it('skips malformed items, reporting the first, and keeps the rest of the batch', () => {
    const { ingest, frame, latest, problems } = setup();
    ingest.receiveSnapshot(snapshot(ACC, 1, []));
    ingest.receiveBatch(batch(ACC, 2, [{ metric: 'deaths' } as never, dayFigure('2026-11-21', 21), { ...dayFigure('2026-11-22', 1), value: 'x' } as never]));
    ingest.receiveBatch({ channel: ACC } as never);
    frame();
    expect(latest(ACC)!.series.get(DEATHS)!.entries.map((entry) => entry.value)).toEqual([21]);
    expect(ingest.stats.malformed).toBe(2);
    expect(problems).toEqual([expect.stringContaining('data:batch refused: epoch'), expect.stringContaining('malformed data item')]);
  });

  it('stops cleanly: nothing scheduled, nothing applied', () => {
    const { ingest, frames, published } = setup();
    ingest.receiveSnapshot(snapshot(ACC, 1, []));
    ingest.stop();
    expect(frames).toHaveLength(0);
    ingest.receiveSnapshot(snapshot(ACC, 2, []));
    expect(frames).toHaveLength(0);
    expect(published).toHaveLength(0);
  });
});

describe('frame scheduler', () => {
  afterEach(() => vi.useRealTimers());

  it('runs on the next animation frame, or on the fallback timer when no frame comes (hidden page), once', () => {
    vi.useFakeTimers();
    const frames = new Map<number, FrameRequestCallback>();
    let next = 1;
    const win = {
      requestAnimationFrame: (callback: FrameRequestCallback) => (frames.set(next, callback), next++),
      cancelAnimationFrame: (handle: number) => void frames.delete(handle),
    };
    const schedule = frameScheduler(win, 250);
    const flush = vi.fn();
    schedule(flush);
    for (const callback of frames.values()) callback(0);
    vi.advanceTimersByTime(1_000);
    expect(flush).toHaveBeenCalledTimes(1);
    frames.clear();
    const hidden = vi.fn();
    schedule(hidden);
    vi.advanceTimersByTime(249);
    expect(hidden).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(hidden).toHaveBeenCalledTimes(1);
    expect(frames.size).toBe(0); // the frame request was cancelled
    const cancelled = vi.fn();
    schedule(cancelled)();
    vi.advanceTimersByTime(1_000);
    expect(cancelled).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});
