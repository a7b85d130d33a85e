import type { RoomStatus } from '../../src/protocol/control/index.js';
import { t, type Locale } from '../i18n/index.js';
import { clockTime, formatDuration } from '../i18n/time.js';
import { useConsole } from '../state/console/console-store.js';
import { UpstreamCard } from './UpstreamCard.js';
import { useNow } from './useNow.js';
import { WallPicture } from './WallPicture.js';

/** The room at a glance: hub, active layout, and a picture of every wall with each display's state. */
export function RoomView({ onSignOut }: { onSignOut: () => void }) {
  const locale = useConsole((state) => state.signedIn.locale);
  const setLocale = useConsole((state) => state.setLocale);
  const room = useConsole((state) => state.room);
  const roomAt = useConsole((state) => state.roomAt);
  const connection = useConsole((state) => state.connection);
  const now = useNow(1_000);

  return (
    <div className="console">
      <header className="topbar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          OpsWall
        </div>
        <h1 className="topbar-room">{room?.room.name ?? t(locale, 'console.title')}</h1>
        <div className="topbar-status" data-status={connection.status} role="status">
          <span className="badge-dot" aria-hidden="true" />
          {connection.status === 'connected'
            ? t(locale, 'conn.connected')
            : connection.status === 'reconnecting'
              ? t(locale, 'conn.reconnecting', { time: clockTime(connection.since, room?.layout.timeZone) })
              : connection.status === 'refused'
                ? t(locale, 'conn.refused')
                : t(locale, 'conn.connecting')}
        </div>
        {room && (
          <div className="topbar-you">
            {t(locale, 'console.you')}: <strong>{room.you.credentialId}</strong> <span className="roles">{room.you.roles.join(', ')}</span>
          </div>
        )}
        <button type="button" className="button button-quiet" onClick={() => setLocale(locale === 'vi-VN' ? 'en-GB' : 'vi-VN')}>
          {t(locale, 'language.switch')}
        </button>
        <button type="button" className="button" onClick={onSignOut}>
          {t(locale, 'console.signOut')}
        </button>
      </header>

      {connection.status === 'reconnecting' && room && (
        <div className="banner" data-tone="warning" role="alert">
          {t(locale, 'console.connectionLost', { time: clockTime(connection.since, room?.layout.timeZone) })}
        </div>
      )}

      {room && roomAt !== null ? <Room room={room} roomAt={roomAt} now={now} locale={locale} /> : <p className="waiting">{t(locale, 'console.waiting')}</p>}
    </div>
  );
}

function Room({ room, roomAt, now, locale }: { room: RoomStatus; roomAt: number; now: number; locale: Locale }) {
  // The hub's timestamps are on the hub's clock: estimate its offset from this browser's clock.
  const hubNowAtStatus = Date.parse(room.hub.startedAt) + room.hub.uptimeS * 1000;
  const skew = Number.isNaN(hubNowAtStatus) ? 0 : hubNowAtStatus - roomAt;
  const hubNow = now + skew;
  const uptimeS = room.hub.uptimeS + Math.max(0, now - roomAt) / 1000;
  const connected = room.displays.filter((display) => display.connections > 0).length;
  const known = new Set(room.walls.map((wall) => wall.id));
  const orphans = room.displays.filter((display) => !known.has(display.wallId));

  return (
    <main className="room">
      <dl className="facts">
        <div>
          <dt>{t(locale, 'console.layout')}</dt>
          <dd>
            <strong>{room.layout.name}</strong>
            <span className="facts-sub">
              <code>{room.layout.id}</code> · {t(locale, 'console.layoutVersion', { version: room.layout.version })}
            </span>
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
            {t(locale, `upstream.${room.upstream.state}`, { time: clockTime(Date.parse(room.upstream.since), room?.layout.timeZone) })}
          </dd>
        </div>
        <div>
          <dt>{t(locale, 'console.uptime')}</dt>
          <dd className="numeric">{formatDuration(locale, uptimeS)}</dd>
        </div>
      </dl>

      <UpstreamCard upstream={room.upstream} locale={locale} now={hubNow} timeZone={room.layout.timeZone} />

      {room.walls.map((wall) => (
        <WallPicture
          key={wall.id}
          wall={wall}
          displays={room.displays.filter((display) => display.wallId === wall.id)}
          activeLayoutVersion={room.layout.version}
          locale={locale}
          now={hubNow}
          timeZone={room.layout.timeZone}
        />
      ))}
      {orphans.length > 0 && (
        <WallPicture
          wall={{ id: 'other', name: t(locale, 'console.otherDisplays') }}
          displays={orphans}
          activeLayoutVersion={room.layout.version}
          locale={locale}
          now={hubNow}
          timeZone={room.layout.timeZone}
        />
      )}
    </main>
  );
}
