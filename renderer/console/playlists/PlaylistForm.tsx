import { useState } from 'react';
import type { Library, Playlist, RoomStatus } from '../../../src/protocol/control/index.js';
import type { Locale } from '../../i18n/index.js';
import { ct } from '../messages.js';
import { TargetSelect } from '../shared/TargetSelect.js';
import { useCommand } from '../shared/use-command.js';

/** Create or edit a playlist; the hub checks it (every field, the layouts exist) and says what is wrong. */
export function PlaylistForm({ initial, room, library, locale, onDone }: { initial: Playlist | null; room: RoomStatus; library: Library | null; locale: Locale; onDone: () => void }) {
  const run = useCommand();
  const layouts = library?.layouts ?? [];
  const [draft, setDraft] = useState<Playlist>(initial ?? { id: '', name: '', target: { kind: 'room' }, items: [{ layoutId: layouts[0]?.id ?? '', seconds: 300 }] });
  const update = (change: Partial<Playlist>) => setDraft({ ...draft, ...change });
  return (
    <form
      className="plan-form"
      onSubmit={(event) => {
        event.preventDefault();
        void run('playlist.save', draft, draft.name || draft.id).then((answer) => answer.ok && onDone());
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
        <legend className="field-label">{ct(locale, 'playlist.items')}</legend>
        {draft.items.map((item, i) => (
          <div className="plan-item-row" key={i}>
            <select aria-label={`${ct(locale, 'nav.library')} ${i + 1}`} value={item.layoutId} onChange={(event) => update({ items: draft.items.map((it, j) => (j === i ? { ...it, layoutId: event.target.value } : it)) })}>
              {layouts.map((entry) => (
                <option key={entry.id} value={entry.id}>
                  {entry.name}
                </option>
              ))}
            </select>
            <input
              type="number"
              min={10}
              max={86400}
              aria-label={`${i + 1}: s`}
              value={item.seconds}
              onChange={(event) => update({ items: draft.items.map((it, j) => (j === i ? { ...it, seconds: Number(event.target.value) } : it)) })}
            />
            <button type="button" className="button button-quiet" disabled={draft.items.length === 1} onClick={() => update({ items: draft.items.filter((_, j) => j !== i) })}>
              {ct(locale, 'playlist.removeItem')}
            </button>
          </div>
        ))}
        <button type="button" className="button" onClick={() => update({ items: [...draft.items, { layoutId: layouts[0]?.id ?? '', seconds: 300 }] })}>
          {ct(locale, 'playlist.addItem')}
        </button>
      </fieldset>
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
