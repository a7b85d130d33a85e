import { useState } from 'react';
import { allows } from '../../../src/protocol/roles.js';
import { t, type Locale } from '../../i18n/index.js';
import { clockTime } from '../../i18n/time.js';
import { useConsole } from '../../state/console/console-store.js';
import { AuditTab } from '../audit/AuditTab.js';
import { LibraryTab } from '../library/LibraryTab.js';
import { ct } from '../messages.js';
import { PlaylistsTab } from '../playlists/PlaylistsTab.js';
import { RoomTab } from '../room/RoomTab.js';
import { SchedulesTab } from '../schedules/SchedulesTab.js';
import { SignInsTab } from '../signins/SignInsTab.js';
import { useNow } from '../useNow.js';
import { AlertBanners, Notices, SwitchBanner } from './Banners.js';

type Tab = 'room' | 'library' | 'playlists' | 'schedules' | 'audit' | 'signins';

/** The signed-in console: top bar, what needs attention (switches, alerts, outcomes), sections. */
export function ConsoleShell({ onSignOut }: { onSignOut: () => void }) {
  const locale = useConsole((state) => state.signedIn.locale);
  const setLocale = useConsole((state) => state.setLocale);
  const room = useConsole((state) => state.room);
  const roomAt = useConsole((state) => state.roomAt);
  const library = useConsole((state) => state.library);
  const plans = useConsole((state) => state.plans);
  const switching = useConsole((state) => state.switching);
  const connection = useConsole((state) => state.connection);
  const now = useNow(1_000);
  const [tab, setTab] = useState<Tab>('room');
  const timeZone = room?.room.timeZone;
  const roles = room?.you.roles ?? [];
  const tabs: Tab[] = ['room', 'library', 'playlists', 'schedules', ...(allows(roles, 'audit.read') ? (['audit'] as const) : []), ...(allows(roles, 'config.change') ? (['signins'] as const) : [])];
  const hubNow = room && roomAt !== null ? now + (room.hub.now - roomAt) : now;

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
              ? t(locale, 'conn.reconnecting', { time: clockTime(connection.since, timeZone) })
              : connection.status === 'refused'
                ? t(locale, 'conn.refused')
                : t(locale, 'conn.connecting')}
        </div>
        {room && (
          <div className="topbar-you" title={room.you.idleTimeoutS ? ct(locale, 'room.idle', { minutes: Math.round(room.you.idleTimeoutS / 60) }) : undefined}>
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
          {t(locale, 'console.connectionLost', { time: clockTime(connection.since, timeZone) })}
        </div>
      )}
      {room?.storeDamaged && (
        <div className="banner" data-tone="critical" role="alert">
          {ct(locale, 'room.storeDamaged', room.storeDamaged)}
        </div>
      )}

      {room && roomAt !== null ? (
        <>
          <nav className="tabs" aria-label={ct(locale, 'nav.label')}>
            {tabs.map((name) => (
              <button key={name} type="button" className="tab" aria-current={tab === name ? 'page' : undefined} onClick={() => setTab(name)}>
                {ct(locale, `nav.${name}`)}
              </button>
            ))}
          </nav>
          <AlertBanners room={room} locale={locale} />
          <SwitchBanner progress={switching} room={room} locale={locale} />
          <Notices locale={locale} />
          <main className="content">{section(tab, locale)}</main>
        </>
      ) : (
        <p className="waiting">{t(locale, 'console.waiting')}</p>
      )}
    </div>
  );

  function section(current: Tab, lang: Locale) {
    if (!room || roomAt === null) return null;
    switch (current) {
      case 'room':
        return <RoomTab room={room} roomAt={roomAt} now={now} locale={lang} />;
      case 'library':
        return <LibraryTab library={library} room={room} locale={lang} />;
      case 'playlists':
        return <PlaylistsTab playlists={plans?.playlists ?? []} room={room} library={library} locale={lang} now={hubNow} />;
      case 'schedules':
        return <SchedulesTab schedules={plans?.schedules ?? []} playlists={plans?.playlists ?? []} room={room} library={library} locale={lang} />;
      case 'audit':
        return <AuditTab locale={lang} timeZone={room.room.timeZone} />;
      case 'signins':
        return <SignInsTab locale={lang} timeZone={room.room.timeZone} />;
    }
  }
}
