import { useState } from 'react';
import { ProvinceOptions } from '../../presenter/ProvinceOptions.js';
import { areaByCode } from '../../../src/domain/areas/index.js';
import type { MediaQuality } from '../../../src/protocol/presenter/rtc.js';
import type { RoomLinkStatus, SessionStatus } from '../../../src/protocol/presenter/session.js';
import type { Locale } from '../../i18n/index.js';
import { clockTime } from '../../i18n/time.js';
import { qualityText } from '../../presenter/quality-text.js';
import { ct } from '../messages.js';
import './session.css';
import { useCan, useCommand } from '../shared/use-command.js';

interface Props {
  session: SessionStatus;
  links: RoomLinkStatus[];
  self: { id: string; name: string };
  locale: Locale;
  timeZone: string;
}

const LINK_TONE = { up: 'ok', connecting: 'warning', down: 'critical' } as const;

/**
 * The presenter session as the console sees it (DESIGN §5): the links to other rooms with their quality,
 * the session's state, who has the floor, the picture and sound on both sides; and, for those who may run
 * sessions, invite, answer, hand over and end.
 */
export function SessionCard({ session, links, self, locale, timeZone }: Props) {
  const can = useCan();
  const command = useCommand();
  const [room, setRoom] = useState(links[0]?.room.id ?? '');
  const [area, setArea] = useState('');
  const remote = session.remote?.name ?? '';
  const at = (iso: string | null) => (iso ? clockTime(Date.parse(iso), timeZone) : '');
  const state =
    session.state === 'idle'
      ? ct(locale, 'session.idle')
      : session.kind === 'local'
        ? ct(locale, 'session.local')
        : ct(locale, `session.${session.state}`, { room: remote, time: at(session.deadline) });
  const live = session.state === 'active' || session.state === 'suspended';
  const mayRun = can('session.invite');

  return (
    <section className="card session-card" aria-labelledby="session-card-title" data-session-state={session.state}>
      <h2 id="session-card-title">{ct(locale, 'session.title')}</h2>
      <p className="session-state" data-tone={session.state === 'suspended' ? 'warning' : session.state === 'active' ? 'ok' : undefined} role="status">
        {state}
      </p>
      {live && session.kind === 'linked' && session.floor && <p data-floor={session.floor}>{ct(locale, 'session.floor', { room: session.floor === self.id ? self.name : remote })}</p>}
      {live && session.area && <p>{ct(locale, 'session.area', { name: areaByCode(session.area)?.name ?? session.area })}</p>}
      {session.state === 'idle' && session.ended && <p className="muted">{ct(locale, 'session.ended', { time: at(session.ended.at), reason: session.ended.reason })}</p>}
      {live && session.kind === 'linked' && (
        <dl className="session-media">
          <Media label={ct(locale, 'session.mediaHere')} quality={session.media.local} locale={locale} />
          <Media label={ct(locale, 'session.mediaThere', { room: remote })} quality={session.media.remote} locale={locale} />
        </dl>
      )}

      {mayRun && (
        <div className="session-actions">
          {session.state === 'invited' && (
            <>
              <button type="button" className="button button-primary" onClick={() => void command('session.accept', { sessionId: session.id! }, ct(locale, 'session.accept'))}>
                {ct(locale, 'session.accept')}
              </button>
              <button type="button" className="button" onClick={() => void command('session.decline', { sessionId: session.id!, reason: 'declined from the console' }, ct(locale, 'session.decline'))}>
                {ct(locale, 'session.decline')}
              </button>
            </>
          )}
          {live && session.kind === 'linked' && session.floor === self.id && (
            <button type="button" className="button" onClick={() => void command('session.floor', { to: session.remote!.id }, ct(locale, 'session.handOver', { room: remote }))}>
              {ct(locale, 'session.handOver', { room: remote })}
            </button>
          )}
          {live && session.kind === 'linked' && session.floor !== self.id && session.chair === self.id && (
            <button type="button" className="button" onClick={() => void command('session.floor', { to: self.id }, ct(locale, 'session.takeBack'))}>
              {ct(locale, 'session.takeBack')}
            </button>
          )}
          {session.state !== 'idle' && session.state !== 'invited' && (
            <button type="button" className="button" data-tone="critical" onClick={() => void command('session.end', { reason: 'ended from the console' }, ct(locale, 'session.end'))}>
              {ct(locale, 'session.end')}
            </button>
          )}
          {session.state === 'idle' && links.length > 0 && (
            <form
              className="session-invite"
              onSubmit={(event) => {
                event.preventDefault();
                const name = links.find((link) => link.room.id === room)?.room.name ?? room;
                void command('session.invite', { room, area: area || null }, ct(locale, 'session.inviteWhat', { room: name }));
              }}
            >
              <label className="field">
                <span className="field-label">{ct(locale, 'session.room')}</span>
                <select value={room} onChange={(event) => setRoom(event.target.value)}>
                  {links.map((link) => (
                    <option key={link.room.id} value={link.room.id}>
                      {link.room.name}
                    </option>
                  ))}
                </select>
              </label>
              <label className="field">
                <span className="field-label">{ct(locale, 'room.mapFocus')}</span>
                <select value={area} onChange={(event) => setArea(event.target.value)}>
                  <option value="">—</option>
                  <ProvinceOptions />
                </select>
              </label>
              <button type="submit" className="button button-primary" disabled={!room}>
                {ct(locale, 'session.invite')}
              </button>
            </form>
          )}
        </div>
      )}

      <h3>{ct(locale, 'session.links')}</h3>
      {links.length === 0 ? (
        <p className="muted">{ct(locale, 'session.noLinks')}</p>
      ) : (
        <ul className="session-links">
          {links.map((link) => (
            <li key={link.room.id} data-room={link.room.id} data-link-state={link.state} data-tone={LINK_TONE[link.state]}>
              <strong>{link.room.name}</strong> — {ct(locale, link.state === 'up' ? 'session.linkUp' : link.state === 'connecting' ? 'session.linkConnecting' : 'session.linkDown')}
              {link.state === 'up' && <span> · {ct(locale, 'session.linkQuality', { rtt: link.rttMs === null ? '–' : Math.round(link.rttMs), loss: link.lossPct, reconnects: link.reconnects })}</span>}
              {link.state !== 'up' && link.problem && <span className="muted"> — {link.problem}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Media({ label, quality, locale }: { label: string; quality: MediaQuality | null; locale: Locale }) {
  const state = quality ? ct(locale, `session.media.${quality.state}`) : ct(locale, 'session.mediaNone');
  return (
    <>
      <dt>{label}</dt>
      <dd data-media-state={quality?.state ?? 'none'}>
        {quality ? qualityText(quality, { state, video: ct(locale, 'session.media.video'), audio: ct(locale, 'session.media.audio'), loss: ct(locale, 'session.media.loss'), freezes: ct(locale, 'session.media.freezes') }) : state}
      </dd>
    </>
  );
}
