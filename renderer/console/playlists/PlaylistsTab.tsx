import { useState } from 'react';
import type { Library, Playlist, PlaylistRun, RoomStatus } from '../../../src/protocol/control/index.js';
import type { Locale } from '../../i18n/index.js';
import { formatDuration } from '../../i18n/time.js';
import { ct } from '../messages.js';
import { targetLabel } from '../shared/TargetSelect.js';
import { useCan, useCommand } from '../shared/use-command.js';
import { PlaylistForm } from './PlaylistForm.js';

/** The room's playlists: which runs where, and its controls (start, pause/resume, previous/next, stop), edit, delete. */
export function PlaylistsTab({ playlists, room, library, locale, now }: { playlists: readonly Playlist[]; room: RoomStatus; library: Library | null; locale: Locale; now: number }) {
  const can = useCan();
  const run = useCommand();
  const [editing, setEditing] = useState<Playlist | 'new' | null>(null);
  const hubNow = now;
  const runOf = (id: string): PlaylistRun | undefined => room.playlists.find((candidate) => candidate.playlistId === id);
  return (
    <div className="plans">
      <header className="section-head">
        <h2>{ct(locale, 'nav.playlists')}</h2>
        {can('playlist.save') && editing === null && (
          <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
            {ct(locale, 'playlist.new')}
          </button>
        )}
      </header>
      {editing !== null && <PlaylistForm initial={editing === 'new' ? null : editing} room={room} library={library} locale={locale} onDone={() => setEditing(null)} />}
      <ul className="plan-list">
        {playlists.map((playlist) => {
          const state = runOf(playlist.id);
          const count = playlist.items.length;
          const left = state?.itemEndsAt ? Math.max(0, (state.itemEndsAt - hubNow) / 1000) : 0;
          const what = `${playlist.name}`;
          return (
            <li key={playlist.id} className="plan" data-playlist-id={playlist.id} data-state={state?.state ?? 'idle'}>
              <header>
                <h3>{playlist.name}</h3>
                <code>{playlist.id}</code>
                <span className="muted">{targetLabel(playlist.target, room, locale)}</span>
              </header>
              <p className="plan-state" role="status">
                {state?.state === 'running'
                  ? ct(locale, 'playlist.running', { index: state.index + 1, count, left: formatDuration(locale, left) })
                  : state?.state === 'paused'
                    ? ct(locale, 'playlist.paused', { index: state.index + 1, count })
                    : ct(locale, 'playlist.idle')}
              </p>
              <ol className="plan-items">
                {playlist.items.map((item, i) => (
                  <li key={`${item.layoutId}-${i}`} data-current={state?.index === i || undefined}>
                    {library?.layouts.find((entry) => entry.id === item.layoutId)?.name ?? item.layoutId} · {item.seconds} s
                  </li>
                ))}
              </ol>
              <div className="plan-actions">
                {can('playlist.start') && (
                  <>
                    {!state && (
                      <button type="button" className="button button-primary" onClick={() => void run('playlist.start', { playlistId: playlist.id }, `${ct(locale, 'playlist.start')}: ${what}`)}>
                        {ct(locale, 'playlist.start')}
                      </button>
                    )}
                    {state?.state === 'running' && (
                      <button type="button" className="button" onClick={() => void run('playlist.pause', { playlistId: playlist.id }, `${ct(locale, 'playlist.pause')}: ${what}`)}>
                        {ct(locale, 'playlist.pause')}
                      </button>
                    )}
                    {state?.state === 'paused' && (
                      <button type="button" className="button" onClick={() => void run('playlist.resume', { playlistId: playlist.id }, `${ct(locale, 'playlist.resume')}: ${what}`)}>
                        {ct(locale, 'playlist.resume')}
                      </button>
                    )}
                    {state && (
                      <>
                        <button type="button" className="button" onClick={() => void run('playlist.previous', { playlistId: playlist.id }, `${ct(locale, 'playlist.previous')}: ${what}`)}>
                          ◀ {ct(locale, 'playlist.previous')}
                        </button>
                        <button type="button" className="button" onClick={() => void run('playlist.next', { playlistId: playlist.id }, `${ct(locale, 'playlist.next')}: ${what}`)}>
                          {ct(locale, 'playlist.next')} ▶
                        </button>
                        <button type="button" className="button" onClick={() => void run('playlist.stop', { playlistId: playlist.id }, `${ct(locale, 'playlist.stop')}: ${what}`)}>
                          {ct(locale, 'playlist.stop')}
                        </button>
                      </>
                    )}
                  </>
                )}
                {can('playlist.save') && (
                  <button type="button" className="button button-quiet" onClick={() => setEditing(playlist)}>
                    {ct(locale, 'playlist.edit')}
                  </button>
                )}
                {can('playlist.delete') && (
                  <button type="button" className="button button-quiet" onClick={() => void run('playlist.delete', { playlistId: playlist.id }, `${ct(locale, 'playlist.delete')}: ${what}`)}>
                    {ct(locale, 'playlist.delete')}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
