import { useId, useState } from 'react';
import type { LibraryEntry, SwitchTarget } from '../../../src/protocol/control/index.js';
import type { Locale } from '../../i18n/index.js';
import { ct } from '../messages.js';
import { useCommand } from '../shared/use-command.js';

/** Pick a layout that fits the target and switch to it (two-phase on the hub). */
export function SwitchControl({ target, layouts, current, label, locale }: { target: SwitchTarget; layouts: readonly LibraryEntry[]; current: string | null; label: string; locale: Locale }) {
  const run = useCommand();
  const id = useId();
  const fitting = layouts.filter((entry) => (target.kind === 'room' ? entry.fits.room : target.kind === 'wall' ? entry.fits.walls.includes(target.wallId) : entry.fits.displays.includes(target.displayId)));
  const [choice, setChoice] = useState('');
  const picked = choice || fitting.find((entry) => entry.id !== current)?.id || '';
  if (fitting.length === 0) return null;
  return (
    <form
      className="switch-control"
      onSubmit={(event) => {
        event.preventDefault();
        if (!picked) return;
        const entry = fitting.find((candidate) => candidate.id === picked);
        void run('layout.switch', { target, layoutId: picked }, `${entry?.name ?? picked} → ${label}`);
      }}
    >
      <label htmlFor={id}>{label}</label>
      <select id={id} value={picked} onChange={(event) => setChoice(event.target.value)}>
        {fitting.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {entry.name}
            {entry.id === current ? ' ✓' : ''}
          </option>
        ))}
      </select>
      <button type="submit" className="button button-primary" disabled={!picked}>
        {ct(locale, 'room.switchNow')}
      </button>
    </form>
  );
}
