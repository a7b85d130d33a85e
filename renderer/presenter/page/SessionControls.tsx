import { useState } from 'react';
import { ProvinceOptions } from '../ProvinceOptions.js';
import type { PresenterStatus } from '../../../src/protocol/presenter/session.js';
import type { ViewEvent } from '../../../src/protocol/presenter/view.js';
import { usePresenter } from './presenter-store.js';
import type { Words } from './words.js';

interface Props {
  status: PresenterStatus;
  words: Words;
  send(event: ViewEvent): void;
}

/** The session's state and what this presenter may do next: invite, answer, hand over, step, end. */
export function SessionControls({ status, words, send }: Props) {
  const command = usePresenter((state) => state.send);
  const { session, links, room } = status;
  const [invitee, setInvitee] = useState(links[0]?.room.id ?? '');
  const [area, setArea] = useState<string>('');
  const [agendaId, setAgendaId] = useState<string>('');
  const live = session.state === 'active' || session.state === 'suspended';
  const remote = session.remote?.name ?? '';
  const floorHere = session.floor === room.id;
  const stateLine =
    session.state === 'idle'
      ? words.idle
      : session.kind === 'local'
        ? words.briefing
        : `${words[session.state]} ${remote}`;

  return (
    <div className="session-controls">
      <section aria-labelledby="session-state">
        <h2 id="session-state" data-session-state={session.state}>
          {stateLine}
        </h2>
        {live && session.kind === 'linked' && <p data-floor={session.floor ?? ''}>{floorHere ? words.floorHere : `${remote} ${words.floorThere}`}</p>}
        {session.state === 'idle' && session.ended && (
          <p className="session-ended">
            {words.ended}: {session.ended.reason}
          </p>
        )}
        {session.state === 'invited' && (
          <div className="session-buttons">
            <button type="button" className="primary" onClick={() => void command('session.accept', { sessionId: session.id })}>
              {words.accept}
            </button>
            <button type="button" onClick={() => void command('session.decline', { sessionId: session.id, reason: 'declined by the presenter' })}>
              {words.decline}
            </button>
          </div>
        )}
        {live && session.kind === 'linked' && (
          <button type="button" onClick={() => void command('session.floor', { to: floorHere ? session.remote!.id : room.id })} disabled={!floorHere && session.chair !== room.id}>
            {floorHere ? words.handOver : words.takeBack}
          </button>
        )}
        {session.state !== 'idle' && session.state !== 'invited' && (
          <button type="button" className="danger" onClick={() => void command('session.end', { reason: 'ended by the presenter' })}>
            {words.end}
          </button>
        )}
      </section>

      {live && (
        <section aria-labelledby="session-focus">
          <h2 id="session-focus">{words.province}</h2>
          <select aria-label={words.province} value={session.area ?? ''} disabled={!floorHere} onChange={(event) => send({ type: 'focus', area: event.target.value || null, sentAt: performance.timeOrigin + performance.now() })}>
            <option value="">{words.noProvince}</option>
            <ProvinceOptions />
          </select>
        </section>
      )}

      {session.agenda && (
        <section aria-labelledby="session-agenda" className="session-agenda">
          <h2 id="session-agenda">
            {words.agenda}: {session.agenda.name}
          </h2>
          <ol>
            {session.agenda.steps.map((step, index) => (
              <li key={index} aria-current={index === session.agenda!.step ? 'step' : undefined}>
                {step.title}
              </li>
            ))}
          </ol>
          {session.agenda.id && (
            <div className="session-buttons">
              <button type="button" disabled={session.agenda.step === 0} onClick={() => void command('agenda.step', { move: 'previous' })}>
                {words.previous}
              </button>
              <button type="button" className="primary" disabled={session.agenda.step >= session.agenda.steps.length - 1} onClick={() => void command('agenda.step', { move: 'next' })}>
                {words.next}
              </button>
            </div>
          )}
          {session.agenda.notes && (
            <div className="session-notes">
              <h3>{words.notes}</h3>
              <p>{session.agenda.notes}</p>
            </div>
          )}
        </section>
      )}

      {session.state === 'idle' && (
        <section aria-labelledby="session-start">
          <h2 id="session-start">{words.invite}</h2>
          <label>
            {words.room}
            <select value={invitee} onChange={(event) => setInvitee(event.target.value)}>
              {links.map((link) => (
                <option key={link.room.id} value={link.room.id} disabled={link.state !== 'up'}>
                  {link.room.name} ({link.state === 'up' ? words.up : words.down})
                </option>
              ))}
            </select>
          </label>
          <label>
            {words.province}
            <select value={area} onChange={(event) => setArea(event.target.value)}>
              <option value="">{words.noProvince}</option>
              <ProvinceOptions />
            </select>
          </label>
          <button type="button" className="primary" disabled={!invitee} onClick={() => void command('session.invite', { room: invitee, area: area || null })}>
            {words.invite}
          </button>
          <label>
            {words.agenda}
            <select value={agendaId} onChange={(event) => setAgendaId(event.target.value)}>
              <option value="">{words.noAgenda}</option>
              {status.agendas.map((agenda) => (
                <option key={agenda.id} value={agenda.id}>
                  {agenda.name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => void command('briefing.start', { agendaId: agendaId || null, area: area || null })}>
            {words.startBriefing}
          </button>
        </section>
      )}

      <section aria-labelledby="session-links">
        <h2 id="session-links">{words.links}</h2>
        <ul className="session-links">
          {links.map((link) => (
            <li key={link.room.id} data-room={link.room.id} data-link-state={link.state}>
              <strong>{link.room.name}</strong> — {link.state === 'up' ? words.up : link.state === 'connecting' ? words.connectingLink : words.down}
              {link.state === 'up' && link.rttMs !== null && ` · ${words.rtt} ${Math.round(link.rttMs)} ms · ${words.loss} ${link.lossPct} %`}
              {link.problem && <span className="session-link-problem"> — {link.problem}</span>}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
