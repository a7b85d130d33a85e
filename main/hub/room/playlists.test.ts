import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Playlist } from '../../../src/protocol/control/plans.js';
import { createLogger } from '../../log.js';
import { ManualHubClock } from '../../testing/manual-clock.js';
import { PlaylistRunner } from './playlists.js';
import { RoomStore } from './room-store.js';

const playlist: Playlist = {
  id: 'day',
  name: 'Ngày',
  target: { kind: 'wall', wallId: 'main' },
  items: [
    { layoutId: 'daily', seconds: 60 },
    { layoutId: 'traffic', seconds: 30 },
    { layoutId: 'markets', seconds: 30 },
  ],
};

function setUp(db = new Database(':memory:'), at = Date.parse('2026-11-30T08:00:00Z')) {
  const store = new RoomStore(db);
  store.savePlan('playlist', playlist);
  const clock = new ManualHubClock(at);
  const shown: string[] = [];
  const runner = new PlaylistRunner(store, clock, (_target, layoutId) => shown.push(layoutId), createLogger({ console: false }));
  return { db, store, clock, shown, runner };
}

describe('a playlist', () => {
  it('shows each board for its time, round and round', () => {
    const { clock, shown, runner } = setUp();
    runner.start(playlist, 'ops-lead');
    clock.advance(60_000);
    clock.advance(30_000);
    clock.advance(30_000);
    clock.advance(59_000);
    expect(shown).toEqual(['daily', 'traffic', 'markets', 'daily']);
    expect(runner.runOf('day')).toMatchObject({ index: 0, state: 'running' });
  });

  it('pauses with the time left, resumes, steps next and previous, and stops', () => {
    const { clock, shown, runner } = setUp();
    runner.start(playlist, 'ops-lead');
    clock.advance(45_000);
    expect(runner.pause('day')).toBe(true);
    expect(runner.runOf('day')).toMatchObject({ state: 'paused', remainingMs: 15_000 });
    clock.advance(10 * 60_000);
    expect(shown).toEqual(['daily']);
    runner.resume('day');
    clock.advance(15_000);
    expect(shown).toEqual(['daily', 'traffic']);
    runner.step('day', 1);
    runner.step('day', -1);
    runner.step('day', -1);
    expect(shown).toEqual(['daily', 'traffic', 'markets', 'traffic', 'daily']);
    expect(runner.stop('day')).toBe(true);
    clock.advance(10 * 60_000);
    expect(shown).toHaveLength(5);
    expect(runner.list()).toEqual([]);
  });

  it('goes on from where it was after a restart, and to the board due now when it was down long', () => {
    const first = setUp();
    first.runner.start(playlist, 'ops-lead');
    first.clock.advance(70_000); // on "traffic", 20 s left
    first.runner.close();
    // The hub comes back 5 s later: "traffic" finishes its time, then "markets".
    const again = setUp(first.db, first.clock.now() + 5_000);
    again.runner.restore();
    expect(again.runner.runOf('day')).toMatchObject({ index: 1, state: 'running' });
    again.clock.advance(15_000);
    expect(again.shown).toEqual(['markets']);
    // Down for ten minutes: the next board comes at once.
    again.runner.close();
    const late = setUp(again.db, again.clock.now() + 10 * 60_000);
    late.runner.restore();
    expect(late.shown).toEqual(['daily']);
  });

  it('stops when its target is switched by hand, and a new playlist on the same target replaces it', () => {
    const { store, shown, runner } = setUp();
    runner.start(playlist, 'ops-lead');
    runner.stopOnTarget({ kind: 'room' });
    expect(runner.list()).toEqual([]);
    const other: Playlist = { ...playlist, id: 'night', items: [{ layoutId: 'night', seconds: 600 }] };
    store.savePlan('playlist', other);
    runner.start(playlist, 'ops-lead');
    runner.start(other, 'ops-lead');
    expect(runner.list().map((run) => run.playlistId)).toEqual(['night']);
    expect(shown).toEqual(['daily', 'daily', 'night']);
  });
});
