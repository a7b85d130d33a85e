import { useState, type CSSProperties } from 'react';
import type { RoomStatus } from '../../../src/protocol/control/index.js';
import { t, type Locale } from '../../i18n/index.js';
import { clockTime, formatDuration } from '../../i18n/time.js';
import { useConsole } from '../../state/console/console-store.js';
import { UpstreamCard } from '../UpstreamCard.js';
import { SessionCard } from '../session/SessionCard.js';
import { ct } from '../messages.js';
import { useCan } from '../shared/use-command.js';
import { DisplayCard } from './DisplayCard.js';
import { LivePreview } from './LivePreview.js';
import { MapFocusControl } from './MapFocusControl.js';
import { SwitchControl } from './SwitchControl.js';

/** The room at a glance: hub, data link, and every wall as it hangs with each display, its picture and health. */
export function RoomTab({ room, roomAt, now, locale }: { room: RoomStatus; roomAt: number; now: number; locale: Locale }) {
  const layouts = useConsole((state) => state.library?.layouts) ?? [];
  const can = useCan();
  const [liveView, setLiveView] = useState<string | null>(null);
  // The hub's timestamps are on the hub's clock: estimate its offset from this browser's clock.
  const hubNow = now + (room.hub.now - roomAt);
  const uptimeS = room.hub.uptimeS + Math.max(0, now - roomAt) / 1000;
  const connected = room.displays.filter((display) => display.connections > 0).length;
  const live = room.displays.find((display) => display.id === liveView);
  const roomLayout = room.walls.every((wall) => wall.layout && wall.layout.id === room.walls[0]?.layout?.id) ? (room.walls[0]?.layout ?? null) : null;

  return (
    <div className="room">
      <dl className="facts">
        <div>
          <dt>{ct(locale, 'nav.room')}</dt>
          <dd>
            <strong>{roomLayout ? roomLayout.name : ct(locale, 'room.mixed')}</strong>
          </dd>
        </div>
        <div>
          <dt>{t(locale, 'console.displays')}</dt>
          <dd data-tone={connected < room.displays.length ? 'critical' : 'ok'}>{t(locale, 'console.connectedCount', { connected, total: room.displays.length })}</dd>
        </div>
        <div>
          <dt>
            {t(locale, 'console.hub')} · {t(locale, 'console.version')}
          </dt>
          <dd>
            <code>{room.hub.version}</code>
          </dd>
        </div>
        <div>
          <dt>{t(locale, 'console.upstream')}</dt>
          <dd data-tone={room.upstream.state === 'connected' ? 'ok' : room.upstream.state === 'not-configured' ? undefined : 'critical'}>
            {t(locale, `upstream.${room.upstream.state}`, { time: clockTime(Date.parse(room.upstream.since), room.room.timeZone) })}
          </dd>
        </div>
        <div>
          <dt>{t(locale, 'console.uptime')}</dt>
          <dd className="numeric">{formatDuration(locale, uptimeS)}</dd>
        </div>
      </dl>

      {can('layout.switch') && <SwitchControl target={{ kind: 'room' }} layouts={layouts} current={roomLayout?.id ?? null} label={ct(locale, 'room.showOnRoom')} locale={locale} />}
      {can('map.focus') && <MapFocusControl displays={room.displays} locale={locale} />}
      {live && <LivePreview display={live} locale={locale} onClose={() => setLiveView(null)} />}

      {room.walls.map((wall) => {
        const displays = room.displays.filter((display) => display.wallId === wall.id);
        const up = displays.filter((display) => display.connections > 0).length;
        const columns = wall.arrangement?.columns ?? Math.min(Math.max(displays.length, 1), 4);
        const style = { gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`, gridTemplateRows: wall.arrangement ? `repeat(${wall.arrangement.rows}, auto)` : undefined } as CSSProperties;
        return (
          <section className="wall" data-wall-id={wall.id} key={wall.id}>
            <header className="wall-head">
              <h2>{wall.name}</h2>
              <code>{wall.id}</code>
              <span className="wall-layout">{wall.layout ? ct(locale, 'room.showing', { name: wall.layout.name }) : ct(locale, 'room.mixed')}</span>
              <span className="wall-count" data-tone={up < displays.length ? 'critical' : 'ok'}>
                {t(locale, 'console.connectedCount', { connected: up, total: displays.length })}
              </span>
            </header>
            {can('layout.switch') && <SwitchControl target={{ kind: 'wall', wallId: wall.id }} layouts={layouts} current={wall.layout?.id ?? null} label={ct(locale, 'room.showOnWall')} locale={locale} />}
            <div className="wall-grid" style={style}>
              {displays.map((display) => (
                <DisplayCard key={display.id} display={display} layouts={layouts} locale={locale} timeZone={room.room.timeZone} now={hubNow} onLiveView={setLiveView} />
              ))}
            </div>
          </section>
        );
      })}

      <SessionCard session={room.session} links={room.links} self={room.room} locale={locale} timeZone={room.room.timeZone} />
      <UpstreamCard upstream={room.upstream} locale={locale} now={hubNow} timeZone={room.room.timeZone} />
    </div>
  );
}
