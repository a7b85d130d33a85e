import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { SharedView } from '../../../src/protocol/presenter/shared-view.js';
import { INK_COLOURS, type InkColour, type ViewEvent, type ViewState } from '../../../src/protocol/presenter/view.js';
import type { RoomViewEvent } from '../../../src/protocol/wall/session.js';
import { INK, INK_NAMES } from '../ink.js';
import type { SessionChange } from '../session-link.js';
import { DrawingSurface, type Tool } from './DrawingSurface.js';
import { MediaView } from './MediaView.js';
import { PresenterConnection } from './presenter-connection.js';
import { PresenterMedia } from './presenter-media.js';
import { usePresenter } from './presenter-store.js';
import { SessionControls } from './SessionControls.js';
import { WORDS } from './words.js';

export const PRESENTER_CREDENTIAL_KEY = 'opswall.presenter.credential';
const WHOLE_WALL = { x: 0, y: 0, width: 1, height: 1 };

/**
 * The presenter's page (desk or tablet): sign in, run a session with another room or a briefing here,
 * point, draw and set the focus on the wall, step through an agenda, and (at the desk) the camera and
 * microphone. `?media=off` is a tablet without them; `?video=sd` sends a smaller picture (a thin link).
 */
export function PresenterApp() {
  const credential = usePresenter((state) => state.credential);
  const refusal = usePresenter((state) => state.refusal);
  return credential === null ? <PresenterSignIn refusal={refusal} /> : <PresenterDesk credential={credential} />;
}

function PresenterSignIn({ refusal }: { refusal: string | null }) {
  const [value, setValue] = useState('');
  const words = WORDS['vi-VN'];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!/^[^:\s]+:\S+$/.test(value.trim())) return;
    window.sessionStorage.setItem(PRESENTER_CREDENTIAL_KEY, value.trim());
    usePresenter.getState().signIn(value.trim());
  };
  return (
    <main className="presenter-signin">
      <form onSubmit={submit} className="presenter-signin-card">
        <h1>OpsWall — {words.title}</h1>
        {refusal && <p role="alert">{refusal}</p>}
        <label>
          {words.credential}
          <input type="password" autoFocus value={value} onChange={(event) => setValue(event.target.value)} autoComplete="current-password" />
        </label>
        <button type="submit">{words.signIn}</button>
      </form>
    </main>
  );
}

function PresenterDesk({ credential }: { credential: string }) {
  const status = usePresenter((state) => state.status);
  const wall = usePresenter((state) => state.wall);
  const connection = usePresenter((state) => state.connection);
  const rtc = usePresenter((state) => state.rtc);
  const problem = usePresenter((state) => state.problem);
  const locale = usePresenter((state) => state.locale);
  const words = WORDS[locale];
  const [tool, setTool] = useState<Tool>('pen');
  const [colour, setColour] = useState<InkColour>('yellow');
  const [text, setText] = useState('');
  const [pictures, setPictures] = useState<{ local: MediaStream | null; remote: MediaStream | null }>({ local: null, remote: null });
  const listeners = useRef(new Set<(change: SessionChange) => void>());
  // The shared view as it stands (the last whole view and every event since), for whoever draws it anew.
  const [shared] = useState(() => new SharedView());
  const hasView = useRef(false);
  const link = useRef<PresenterConnection | null>(null);
  const media = useRef<PresenterMedia | null>(null);

  const session = status?.session;
  const live = session?.state === 'active' || session?.state === 'suspended';
  const self = status?.room;
  const remote = session?.remote;
  const roomKey = `${self?.id ?? ''}\u0000${self?.name ?? ''}\u0000${remote?.id ?? ''}\u0000${remote?.name ?? ''}`;
  const rooms = useMemo(() => {
    const [selfId, selfName, remoteId, remoteName] = roomKey.split('\u0000') as [string, string, string, string];
    return [...(selfId ? [{ id: selfId, name: selfName }] : []), ...(remoteId ? [{ id: remoteId, name: remoteName }] : [])];
  }, [roomKey]);
  const linkDown = session?.state === 'suspended';
  // What the drawing surface is told with each whole view: the session's state as the page knows it now.
  const toView = useRef((view: ViewState): SessionChange => ({ kind: 'view', view: { active: false, viewport: WHOLE_WALL, view, rooms: [], linkDown: false } }));
  useLayoutEffect(() => {
    toView.current = (view) => ({ kind: 'view', view: { active: live, viewport: WHOLE_WALL, view, rooms, linkDown } });
  }, [live, rooms, linkDown]);
  const [withMedia] = useState(() => new URLSearchParams(window.location.search).get('media') !== 'off');

  useEffect(() => {
    const emit = (change: SessionChange) => listeners.current.forEach((listener) => listener(change));
    const connection = new PresenterConnection(credential, {
      view: (view) => {
        shared.adopt(view);
        hasView.current = true;
        emit(toView.current(view));
        media.current?.resumed();
      },
      event: (event: RoomViewEvent, arrivedAt) => {
        if (event.event.type !== 'pointer') shared.apply(event.room, event.event);
        emit({ kind: 'event', event, arrivedAt });
      },
      signal: (from, payload) => void media.current?.take(from, payload),
      want: (displayId) => media.current?.displayWants(displayId),
    });
    link.current = connection;
    if (withMedia) {
      const sd = new URLSearchParams(window.location.search).get('video') === 'sd';
      const desk = new PresenterMedia(
        {
          signal: (to, payload) => connection.signal(to, payload),
          quality: (quality) => connection.socket.emit('media:quality', quality),
          changed: (local, remote) => setPictures({ local, remote }),
        },
        sd ? { width: 640, height: 360 } : { width: 1280, height: 720 },
      );
      media.current = desk;
      void desk.start();
    }
    return () => {
      media.current?.close();
      media.current = null;
      connection.close();
      link.current = null;
    };
  }, [credential, withMedia, shared]);

  // The session's state reaches the media desk and the drawing surface.
  useEffect(() => {
    media.current?.sessionChanged(live && session?.kind === 'linked', rtc.offerer, rtc.iceServers);
  }, [live, session?.kind, rtc]);
  useEffect(() => {
    if (hasView.current) listeners.current.forEach((listener) => listener(toView.current(shared.state())));
  }, [live, rooms, linkDown, shared]);

  const subscribe = useCallback((listener: (change: SessionChange) => void) => {
    listeners.current.add(listener);
    if (hasView.current) listener(toView.current(shared.state()));
    return () => listeners.current.delete(listener);
  }, [shared]);
  const send = useCallback((event: ViewEvent) => link.current?.view(event), []);
  const canDraw = Boolean(live && status && session?.floor === status.room.id);

  return (
    <div className="presenter" lang={locale === 'vi-VN' ? 'vi' : 'en'}>
      <header className="presenter-header">
        <h1>
          {status?.room.name ?? 'OpsWall'} — {words.title}
        </h1>
        <p className="presenter-connection" data-state={connection} role="status">
          {connection === 'connected' ? '' : connection === 'lost' ? words.lost : words.connecting}
        </p>
        <button type="button" className="presenter-locale" onClick={() => usePresenter.setState({ locale: locale === 'vi-VN' ? 'en-GB' : 'vi-VN' })}>
          {locale === 'vi-VN' ? 'English' : 'Tiếng Việt'}
        </button>
        <button
          type="button"
          onClick={() => {
            window.sessionStorage.removeItem(PRESENTER_CREDENTIAL_KEY);
            usePresenter.getState().signOut(null);
          }}
        >
          {words.signOut}
        </button>
      </header>
      <main className="presenter-main">
        <section className="presenter-stage" aria-label={words.tools}>
          <div className="presenter-tools" role="toolbar" aria-label={words.tools}>
            {(['pointer', 'pen', 'arrow', 'text'] as const).map((name) => (
              <button key={name} type="button" aria-pressed={tool === name} onClick={() => setTool(name)}>
                {words[name]}
              </button>
            ))}
            <span className="presenter-colours" role="group" aria-label={words.colour}>
              {INK_COLOURS.map((ink) => (
                <button key={ink} type="button" className="ink" aria-pressed={colour === ink} title={INK_NAMES[ink][locale === 'vi-VN' ? 'vi' : 'en']} aria-label={INK_NAMES[ink][locale === 'vi-VN' ? 'vi' : 'en']} style={{ background: INK[ink] }} onClick={() => setColour(ink)} />
              ))}
            </span>
            {tool === 'text' && (
              <label className="presenter-text">
                {words.textToPlace}
                <input value={text} maxLength={200} onChange={(event) => setText(event.target.value)} />
              </label>
            )}
            <button type="button" disabled={!canDraw} onClick={() => send({ type: 'clear', sentAt: performance.timeOrigin + performance.now() })}>
              {words.clear}
            </button>
          </div>
          {live && !canDraw && <p className="presenter-wait">{words.waitFloor}</p>}
          {wall && <DrawingSurface wall={wall} tool={tool} colour={colour} text={text} enabled={canDraw} send={send} subscribe={subscribe} />}
        </section>
        <aside className="presenter-side">
          {status && <SessionControls status={status} words={words} send={send} />}
          {problem && (
            <p className="presenter-problem" role="alert">
              {problem}
            </p>
          )}
          {withMedia && <MediaView words={words} local={pictures.local} remote={pictures.remote} quality={status?.session.media ?? null} />}
        </aside>
      </main>
    </div>
  );
}
