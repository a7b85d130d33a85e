import { useState } from 'react';
import type { Library, Playlist, RoomStatus, Schedule } from '../../../src/protocol/control/index.js';
import type { Locale } from '../../i18n/index.js';
import { ct } from '../messages.js';
import { targetLabel } from '../shared/TargetSelect.js';
import { useCan, useCommand } from '../shared/use-command.js';
import { ScheduleForm } from './ScheduleForm.js';

/** The room's schedules, in the room's time zone, with the precedence rule spelled out. */
export function SchedulesTab({ schedules, playlists, room, library, locale }: { schedules: readonly Schedule[]; playlists: readonly Playlist[]; room: RoomStatus; library: Library | null; locale: Locale }) {
  const can = useCan();
  const run = useCommand();
  const [editing, setEditing] = useState<Schedule | 'new' | null>(null);
  return (
    <div className="plans">
      <header className="section-head">
        <h2>{ct(locale, 'nav.schedules')}</h2>
        <span className="muted">{room.room.timeZone}</span>
        {can('schedule.save') && editing === null && (
          <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
            {ct(locale, 'schedule.new')}
          </button>
        )}
      </header>
      <p className="hint">{ct(locale, 'schedule.precedence')}</p>
      {editing !== null && <ScheduleForm initial={editing === 'new' ? null : editing} playlists={playlists} room={room} library={library} locale={locale} onDone={() => setEditing(null)} />}
      <ul className="plan-list">
        {[...schedules]
          .sort((a, b) => a.from.localeCompare(b.from))
          .map((schedule) => {
            const action =
              schedule.action.kind === 'layout'
                ? (library?.layouts.find((entry) => entry.id === (schedule.action as { layoutId: string }).layoutId)?.name ?? schedule.action.layoutId)
                : `▶ ${playlists.find((p) => p.id === (schedule.action as { playlistId: string }).playlistId)?.name ?? schedule.action.playlistId}`;
            return (
              <li key={schedule.id} className="plan" data-schedule-id={schedule.id} data-enabled={schedule.enabled}>
                <header>
                  <h3>{schedule.name}</h3>
                  <code>{schedule.id}</code>
                  {!schedule.enabled && <span className="badge">off</span>}
                </header>
                <p>
                  {ct(locale, 'schedule.summary', {
                    days: schedule.days.map((day) => ct(locale, `weekday.${day}` as 'weekday.1')).join(' '),
                    from: schedule.from,
                    until: schedule.until ?? ct(locale, 'schedule.untilNext'),
                    action,
                    target: targetLabel(schedule.target, room, locale),
                  })}
                  {schedule.priority > 0 && ` · ${ct(locale, 'schedule.priority')} ${schedule.priority}`}
                </p>
                <div className="plan-actions">
                  {can('schedule.save') && (
                    <button type="button" className="button button-quiet" onClick={() => setEditing(schedule)}>
                      {ct(locale, 'playlist.edit')}
                    </button>
                  )}
                  {can('schedule.delete') && (
                    <button type="button" className="button button-quiet" onClick={() => void run('schedule.delete', { scheduleId: schedule.id }, `${ct(locale, 'playlist.delete')}: ${schedule.name}`)}>
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
