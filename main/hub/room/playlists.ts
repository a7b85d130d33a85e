import type { Playlist, PlaylistRun, SwitchTarget } from '../../../src/protocol/control/plans.js';
import type { Logger } from '../../log.js';
import type { HubClock } from './clock.js';
import type { RoomStore } from './room-store.js';

/** What a playlist needs of the room: to put a board on its target (a two-phase switch, audited). */
export type ShowBoard = (target: SwitchTarget, layoutId: string, why: string) => void;

/**
 * Runs playlists: each board of a playlist for its seconds, then the next, round and round, until
 * stopped. Runs are kept in room.sqlite with the moment the current board's time ends, so after a hub
 * restart (even a killed one) a playlist goes on from where it was. Pause keeps the time left.
 */
export class PlaylistRunner {
  private readonly runs = new Map<string, PlaylistRun>();
  private readonly timers = new Map<string, unknown>();
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly store: RoomStore,
    private readonly clock: HubClock,
    private readonly show: ShowBoard,
    private readonly logger: Logger,
  ) {}

  /** Picks up the runs kept in the store (after a restart). */
  restore(): void {
    for (const run of this.store.runs()) {
      const playlist = this.playlist(run.playlistId);
      if (!playlist) {
        this.store.deleteRun(run.playlistId);
        continue;
      }
      this.runs.set(run.playlistId, run);
      if (run.state === 'running') {
        // Behind by more than the board's time (the hub was down): go on to the board due now.
        if (run.itemEndsAt !== null && run.itemEndsAt <= this.clock.now()) this.advance(playlist, 1, 'resumed after a restart');
        else this.schedule(playlist);
      }
    }
    this.changed();
  }

  list(): PlaylistRun[] {
    return [...this.runs.values()];
  }

  runOf(playlistId: string): PlaylistRun | undefined {
    return this.runs.get(playlistId);
  }

  /** Starts a playlist from its first board; another running on the same target stops. */
  start(playlist: Playlist, by: string): void {
    for (const other of [...this.runs.values()]) {
      const otherPlaylist = this.playlist(other.playlistId);
      if (other.playlistId !== playlist.id && otherPlaylist && sameTarget(otherPlaylist.target, playlist.target)) this.stop(other.playlistId);
    }
    const run: PlaylistRun = { playlistId: playlist.id, index: 0, state: 'running', itemEndsAt: this.clock.now() + playlist.items[0]!.seconds * 1000, remainingMs: null, startedBy: by };
    this.put(run);
    this.show(playlist.target, playlist.items[0]!.layoutId, `playlist ${playlist.id}, board 1 of ${playlist.items.length}`);
    this.schedule(playlist);
  }

  pause(playlistId: string): boolean {
    const run = this.runs.get(playlistId);
    if (!run || run.state !== 'running') return false;
    this.clearTimer(playlistId);
    this.put({ ...run, state: 'paused', remainingMs: Math.max(0, (run.itemEndsAt ?? this.clock.now()) - this.clock.now()), itemEndsAt: null });
    return true;
  }

  resume(playlistId: string): boolean {
    const run = this.runs.get(playlistId);
    const playlist = this.playlist(playlistId);
    if (!run || run.state !== 'paused' || !playlist) return false;
    this.put({ ...run, state: 'running', itemEndsAt: this.clock.now() + (run.remainingMs ?? 0), remainingMs: null });
    this.schedule(playlist);
    return true;
  }

  /** Next (+1) or previous (−1) board now; a paused playlist stays paused on it. */
  step(playlistId: string, by: 1 | -1): boolean {
    const playlist = this.playlist(playlistId);
    if (!playlist || !this.runs.has(playlistId)) return false;
    this.advance(playlist, by, by === 1 ? 'next' : 'previous');
    return true;
  }

  stop(playlistId: string): boolean {
    if (!this.runs.has(playlistId)) return false;
    this.clearTimer(playlistId);
    this.runs.delete(playlistId);
    this.store.deleteRun(playlistId);
    this.changed();
    return true;
  }

  /** A playlist's runs end when its target is switched by hand or by a schedule. */
  stopOnTarget(target: SwitchTarget): void {
    for (const run of [...this.runs.values()]) {
      const playlist = this.playlist(run.playlistId);
      if (playlist && overlaps(playlist.target, target)) this.stop(run.playlistId);
    }
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    for (const id of [...this.timers.keys()]) this.clearTimer(id);
  }

  private advance(playlist: Playlist, by: 1 | -1, why: string): void {
    const run = this.runs.get(playlist.id);
    if (!run) return;
    const count = playlist.items.length;
    const index = (((run.index + by) % count) + count) % count;
    const item = playlist.items[index]!;
    const paused = run.state === 'paused';
    this.put({ ...run, index, itemEndsAt: paused ? null : this.clock.now() + item.seconds * 1000, remainingMs: paused ? item.seconds * 1000 : null });
    this.show(playlist.target, item.layoutId, `playlist ${playlist.id}, board ${index + 1} of ${count} (${why})`);
    if (!paused) this.schedule(playlist);
  }

  private schedule(playlist: Playlist): void {
    this.clearTimer(playlist.id);
    const run = this.runs.get(playlist.id);
    if (!run || run.state !== 'running' || run.itemEndsAt === null) return;
    const delay = Math.max(0, run.itemEndsAt - this.clock.now());
    this.timers.set(
      playlist.id,
      this.clock.setTimeout(() => {
        this.timers.delete(playlist.id);
        const current = this.playlist(playlist.id);
        if (current) this.advance(current, 1, 'its time was up');
        else this.stop(playlist.id);
      }, delay),
    );
  }

  private put(run: PlaylistRun): void {
    this.runs.set(run.playlistId, run);
    this.store.saveRun(run);
    this.changed();
  }

  private clearTimer(playlistId: string): void {
    const timer = this.timers.get(playlistId);
    if (timer !== undefined) this.clock.clearTimeout(timer);
    this.timers.delete(playlistId);
  }

  private playlist(id: string): Playlist | undefined {
    return this.store.playlists().find((playlist) => playlist.id === id);
  }

  private changed(): void {
    for (const listener of this.listeners) {
      try {
        listener();
      } catch (error) {
        this.logger.error('playlist.listener-failed', { error });
      }
    }
  }
}

function sameTarget(a: SwitchTarget, b: SwitchTarget): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Whether two targets share a display (a room switch overlaps every wall playlist, and so on). */
export function overlaps(a: SwitchTarget, b: SwitchTarget): boolean {
  if (a.kind === 'room' || b.kind === 'room') return true;
  return sameTarget(a, b) || a.kind !== b.kind;
}
