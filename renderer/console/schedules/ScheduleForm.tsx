import { useState } from 'react';
import type { Library, Playlist, RoomStatus, Schedule } from '../../../src/protocol/control/index.js';
import type { Locale } from '../../i18n/index.js';
import { ct } from '../messages.js';
import { TargetSelect } from '../shared/TargetSelect.js';
import { useCommand } from '../shared/use-command.js';

export function ScheduleForm({ initial, playlists, room, library, locale, onDone }: { initial: Schedule | null; playlists: readonly Playlist[]; room: RoomStatus; library: Library | null; locale: Locale; onDone: () => void }) {
  const run = useCommand();
  const layouts = library?.layouts ?? [];
  const [draft, setDraft] = useState<Schedule>(
    initial ?? { id: '', name: '', target: { kind: 'room' }, action: { kind: 'layout', layoutId: layouts[0]?.id ?? '' }, days: [1, 2, 3, 4, 5], from: '07:30', priority: 0, enabled: true },
  );
  const update = (change: Partial<Schedule>) => setDraft({ ...draft, ...change });
  return (
    <form
      className="plan-form"
      onSubmit={(event) => {
        event.preventDefault();
        const { until, ...rest } = draft;
        void run('schedule.save', until ? { ...rest, until } : rest, draft.name || draft.id).then((answer) => answer.ok && onDone());
      }}
    >
      <label className="field">
        <span className="field-label">{ct(locale, 'form.id')}</span>
        <input value={draft.id} disabled={initial !== null} onChange={(event) => update({ id: event.target.value })} required pattern="[a-z0-9][a-z0-9-]{0,62}" />
      </label>
      <label className="field">
        <span className="field-label">{ct(locale, 'form.name')}</span>
        <input value={draft.name} onChange={(event) => update({ name: event.target.value })} required />
      </label>
      <label className="field">
        <span className="field-label">{ct(locale, 'form.target')}</span>
        <TargetSelect value={draft.target} onChange={(target) => update({ target })} room={room} locale={locale} />
      </label>
      <fieldset className="field">
        <legend className="field-label">{ct(locale, 'schedule.action')}</legend>
        <select
          aria-label={ct(locale, 'schedule.action')}
          value={draft.action.kind}
          onChange={(event) => update({ action: event.target.value === 'playlist' ? { kind: 'playlist', playlistId: playlists[0]?.id ?? '' } : { kind: 'layout', layoutId: layouts[0]?.id ?? '' } })}
        >
          <option value="layout">{ct(locale, 'schedule.showLayout')}</option>
          <option value="playlist">{ct(locale, 'schedule.startPlaylist')}</option>
        </select>
        {draft.action.kind === 'layout' ? (
          <select aria-label={ct(locale, 'schedule.showLayout')} value={draft.action.layoutId} onChange={(event) => update({ action: { kind: 'layout', layoutId: event.target.value } })}>
            {layouts.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.name}
              </option>
            ))}
          </select>
        ) : (
          <select aria-label={ct(locale, 'schedule.startPlaylist')} value={draft.action.playlistId} onChange={(event) => update({ action: { kind: 'playlist', playlistId: event.target.value } })}>
            {playlists.map((playlist) => (
              <option key={playlist.id} value={playlist.id}>
                {playlist.name}
              </option>
            ))}
          </select>
        )}
      </fieldset>
      <fieldset className="field weekdays">
        <legend className="field-label">{ct(locale, 'schedule.days')}</legend>
        {[1, 2, 3, 4, 5, 6, 7].map((day) => (
          <label key={day} className="check">
            <input type="checkbox" checked={draft.days.includes(day)} onChange={(event) => update({ days: event.target.checked ? [...draft.days, day].sort() : draft.days.filter((d) => d !== day) })} />
            {ct(locale, `weekday.${day}` as 'weekday.1')}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span className="field-label">{ct(locale, 'schedule.from')}</span>
        <input type="time" value={draft.from} onChange={(event) => update({ from: event.target.value })} required />
      </label>
      <label className="field">
        <span className="field-label">{ct(locale, 'schedule.until')}</span>
        <input type="time" value={draft.until ?? ''} onChange={(event) => update({ until: event.target.value || undefined })} />
      </label>
      <label className="field">
        <span className="field-label">{ct(locale, 'schedule.priority')}</span>
        <input type="number" min={0} max={100} value={draft.priority} onChange={(event) => update({ priority: Number(event.target.value) })} />
      </label>
      <label className="check">
        <input type="checkbox" checked={draft.enabled} onChange={(event) => update({ enabled: event.target.checked })} />
        {ct(locale, 'schedule.enabled')}
      </label>
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {ct(locale, 'form.save')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {ct(locale, 'form.cancel')}
        </button>
      </div>
    </form>
  );
}
