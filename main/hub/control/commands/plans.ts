import { CommandError } from '../command-error.js';
import type { CommandHandlers } from '../router.js';
import type { ControlServices } from './services.js';

type PlanCommands = 'playlist.start' | 'playlist.pause' | 'playlist.resume' | 'playlist.next' | 'playlist.previous' | 'playlist.stop' | 'playlist.save' | 'playlist.delete' | 'schedule.save' | 'schedule.delete';

export function planHandlers(s: ControlServices): Pick<CommandHandlers, PlanCommands> {
  const playlist = (id: string) => {
    const found = s.store.playlists().find((candidate) => candidate.id === id);
    if (!found) throw new CommandError('not-found', `no playlist "${id}"`);
    return found;
  };
  const running = (done: boolean, id: string, what: string) => {
    if (!done) throw new CommandError('conflict', `playlist "${id}" is not ${what}`);
  };
  const checkLayouts = (layoutIds: readonly string[]) => {
    const missing = layoutIds.filter((id) => !s.library.layouts.has(id));
    if (missing.length > 0) throw new CommandError('not-found', `no valid layout ${missing.map((id) => `"${id}"`).join(', ')} in the library`);
  };
  return {
    'playlist.start': ({ playlistId }, { actor }) => s.playlists.start(playlist(playlistId), actor.id),
    'playlist.pause': ({ playlistId }) => running(s.playlists.pause(playlistId), playlistId, 'running'),
    'playlist.resume': ({ playlistId }) => running(s.playlists.resume(playlistId), playlistId, 'paused'),
    'playlist.next': ({ playlistId }) => running(s.playlists.step(playlistId, 1), playlistId, 'running'),
    'playlist.previous': ({ playlistId }) => running(s.playlists.step(playlistId, -1), playlistId, 'running'),
    'playlist.stop': ({ playlistId }) => running(s.playlists.stop(playlistId), playlistId, 'running'),
    'playlist.save': (saved) => {
      checkLayouts(saved.items.map((item) => item.layoutId));
      s.store.savePlan('playlist', saved);
      s.plansChanged();
    },
    'playlist.delete': ({ playlistId }) => {
      if (s.store.schedules().some((schedule) => schedule.action.kind === 'playlist' && schedule.action.playlistId === playlistId)) {
        throw new CommandError('conflict', `playlist "${playlistId}" is started by a schedule; change that schedule first`);
      }
      s.playlists.stop(playlistId);
      if (!s.store.deletePlan('playlist', playlistId)) throw new CommandError('not-found', `no playlist "${playlistId}"`);
      s.plansChanged();
    },
    'schedule.save': (saved) => {
      if (saved.action.kind === 'layout') checkLayouts([saved.action.layoutId]);
      else playlist(saved.action.playlistId);
      s.store.savePlan('schedule', saved);
      s.plansChanged();
      s.scheduler.check();
    },
    'schedule.delete': ({ scheduleId }) => {
      if (!s.store.deletePlan('schedule', scheduleId)) throw new CommandError('not-found', `no schedule "${scheduleId}"`);
      s.plansChanged();
      s.scheduler.check();
    },
  };
}
