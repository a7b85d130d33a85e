import type { CSSProperties } from 'react';
import type { DisplayStatus, RoomStatus } from '../../src/protocol/control/index.js';
import { t, type Locale } from '../i18n/index.js';
import { DisplayTile } from './DisplayTile.js';

interface Props {
  wall: RoomStatus['walls'][number] | { id: string; name: string; arrangement?: undefined };
  displays: readonly DisplayStatus[];
  activeLayoutVersion: string;
  locale: Locale;
  now: number;
  timeZone?: string;
}

/** A wall as it hangs in the room: its displays placed by position in the wall's arrangement. */
export function WallPicture({ wall, displays, activeLayoutVersion, locale, now, timeZone }: Props) {
  const connected = displays.filter((display) => display.connections > 0).length;
  const columns = wall.arrangement?.columns ?? Math.min(Math.max(displays.length, 1), 4);
  const style = {
    gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
    gridTemplateRows: wall.arrangement ? `repeat(${wall.arrangement.rows}, auto)` : undefined,
  } as CSSProperties;
  return (
    <section className="wall" data-wall-id={wall.id}>
      <header className="wall-head">
        <h2>{wall.name}</h2>
        <code>{wall.id}</code>
        <span className="wall-count" data-tone={connected < displays.length ? 'critical' : 'ok'}>
          {t(locale, 'console.connectedCount', { connected, total: displays.length })}
        </span>
      </header>
      <div className="wall-grid" style={style}>
        {displays.map((display) => (
          <DisplayTile key={display.id} display={display} activeLayoutVersion={activeLayoutVersion} locale={locale} now={now} timeZone={timeZone} />
        ))}
      </div>
    </section>
  );
}
