import type { Library, RoomStatus } from '../../../src/protocol/control/index.js';
import type { Locale } from '../../i18n/index.js';
import { clockTime } from '../../i18n/time.js';
import { ct } from '../messages.js';
import { LayoutOutline } from '../shared/LayoutOutline.js';
import { useCan, useCommand } from '../shared/use-command.js';
import { SwitchControl } from '../room/SwitchControl.js';

/** Every layout of the room's folder with a preview of each display, where it fits, and the files that do not validate. */
export function LibraryTab({ library, room, locale }: { library: Library | null; room: RoomStatus; locale: Locale }) {
  const can = useCan();
  const run = useCommand();
  if (!library) return null;
  return (
    <div className="library">
      <header className="section-head">
        <h2>{ct(locale, 'nav.library')}</h2>
        <span className="muted">{ct(locale, 'library.loadedAt', { time: clockTime(Date.parse(library.loadedAt), room.room.timeZone) })}</span>
        {can('library.reload') && (
          <button type="button" className="button" onClick={() => void run('library.reload', {}, ct(locale, 'library.reload'))}>
            {ct(locale, 'library.reload')}
          </button>
        )}
      </header>
      <ul className="library-list">
        {library.layouts.map((entry) => {
          const fits = [
            entry.fits.room ? ct(locale, 'library.fitsRoom') : null,
            !entry.fits.room && entry.fits.walls.length > 0 ? ct(locale, 'library.fitsWalls', { walls: entry.fits.walls.join(', ') }) : null,
            !entry.fits.room && entry.fits.walls.length === 0 && entry.fits.displays.length > 0 ? ct(locale, 'library.fitsDisplays', { displays: entry.fits.displays.join(', ') }) : null,
          ].filter(Boolean);
          return (
            <li key={entry.id} className="library-entry" data-layout-id={entry.id}>
              <header>
                <h3>{entry.name}</h3>
                <code>{entry.id}</code>
                <span className="muted">{ct(locale, 'library.file', { file: entry.file, version: entry.version })}</span>
              </header>
              {entry.description && <p className="library-description">{entry.description}</p>}
              <p className="library-fits" data-tone={fits.length === 0 ? 'warning' : undefined}>
                {fits.length > 0 ? fits.join(' · ') : ct(locale, 'library.fitsNothing')}
              </p>
              <div className="library-previews">
                {entry.walls.flatMap((wall) => wall.displays).map((display) => (
                  <LayoutOutline key={display.id} display={display} label={display.name} />
                ))}
              </div>
              {can('layout.switch') && entry.fits.room && <SwitchControl target={{ kind: 'room' }} layouts={[entry]} current={null} label={ct(locale, 'room.showOnRoom')} locale={locale} />}
            </li>
          );
        })}
      </ul>
      {library.broken.length > 0 && (
        <section className="library-broken" aria-labelledby="library-broken-title">
          <h3 id="library-broken-title">{ct(locale, 'library.broken')}</h3>
          {library.broken.map((file) => (
            <div key={file.file} className="library-broken-file">
              <code>{file.file}</code>
              <ul>
                {file.problems.map((problem) => (
                  <li key={problem}>
                    <code>{problem}</code>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
    </div>
  );
}
