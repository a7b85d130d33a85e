import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LINK_NAMESPACE } from '../../../src/protocol/link/index.js';
import type { RoomViewEvent, SessionView } from '../../../src/protocol/wall/session.js';
import { connectConsole, type ConsoleClient } from '../../testing/console-client.js';
import { connectFakeDisplay, type FakeDisplay } from '../../testing/fake-display.js';
import { CENTRAL, PROVINCE, PROVINCE_LINK_SECRET, startLinkedRooms, type LinkedRooms } from '../../testing/linked-rooms.js';
import { TEST_SECRETS } from '../../testing/room-fixture.js';

interface Watched {
  display: FakeDisplay;
  events: RoomViewEvent[];
  views: SessionView[];
}

async function watch(url: string, displayId: string): Promise<Watched> {
  const display = await connectFakeDisplay(url, TEST_SECRETS.wall, displayId);
  const watched: Watched = { display, events: [], views: [] };
  display.socket.on('session:event', (event: RoomViewEvent) => watched.events.push(event));
  display.socket.on('session:view', (view: SessionView) => watched.views.push(view));
  return watched;
}

async function presenterPage(url: string): Promise<Socket> {
  const socket = connect(`${url}/presenter`, { auth: { credential: TEST_SECRETS.presenter }, transports: ['websocket'], forceNew: true, reconnection: false });
  await new Promise<void>((resolve, reject) => {
    socket.once('presenter:status', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

async function until(condition: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('the rooms did not link in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const stroke = (id: string, done = true) => ({ type: 'stroke', id, tool: 'pen', colour: 'yellow', width: 0.005, points: [[0.2, 0.2], [0.4, 0.3]], done, sentAt: Date.now() });

describe('a hub with a wrong link credential', () => {
  it('is refused, says why on its side, and the refusal is audited on the other', async () => {
    const rooms = await startLinkedRooms({ provinceSecret: `${PROVINCE.id}:not-the-secret` });
    try {
      await expect.poll(() => rooms.province.links.status()[0]?.problem ?? '', { timeout: 10_000 }).toContain('not accepted');
      expect(rooms.central.links.status()[0]).toMatchObject({ room: { id: PROVINCE.id }, state: 'down' });
      expect(rooms.central.audit.search({ action: 'link.admit', result: 'refused', limit: 5 })[0]?.reason).toContain('does not match');
    } finally {
      await rooms.stop();
    }
  });
});

describe('a presenter session between the central room and a province', () => {
  let rooms: LinkedRooms;
  const centralMaps: Watched[] = [];
  const provinceMaps: Watched[] = [];
  let centralVideo: Watched;
  let provinceVideo: Watched;
  const closers: { close(): void }[] = [];
  let centralPresenter: ConsoleClient;
  let provincePresenter: ConsoleClient;

  beforeAll(async () => {
    rooms = await startLinkedRooms({ graceSeconds: 5 });
    for (const id of ['main-2', 'main-5']) centralMaps.push(await watch(rooms.central.url, id));
    centralVideo = await watch(rooms.central.url, 'main-1');
    provinceMaps.push(await watch(rooms.province.url, 'p-1'));
    provinceVideo = await watch(rooms.province.url, 'p-2');
    centralPresenter = await connectConsole(rooms.central.url, TEST_SECRETS.presenter);
    provincePresenter = await connectConsole(rooms.province.url, TEST_SECRETS.presenter);
    closers.push(...[...centralMaps, ...provinceMaps, centralVideo, provinceVideo].map((w) => w.display), centralPresenter, provincePresenter);
    await until(() => rooms.central.links.isUp(PROVINCE.id) && rooms.province.links.isUp(CENTRAL.id), 10_000);
  });

  afterAll(async () => {
    for (const closer of closers) closer.close();
    await rooms?.stop();
  });

  it('shows both consoles the link and its quality', async () => {
    await expect.poll(() => centralPresenter.statuses.at(-1)?.links[0], { timeout: 5_000 }).toMatchObject({ room: { id: PROVINCE.id }, state: 'up', direction: 'in' });
    await expect.poll(() => provincePresenter.statuses.at(-1)?.links[0]?.rttMs ?? null, { timeout: 5_000 }).not.toBeNull();
    expect(provincePresenter.statuses.at(-1)?.links[0]).toMatchObject({ room: { id: CENTRAL.id }, state: 'up', direction: 'out', lossPct: 0 });
  });

  it('lets only the presenter’s page ask for camera and microphone', async () => {
    const policy = async (path: string) => (await fetch(`${rooms.central.url}${path}`)).headers.get('permissions-policy') ?? '';
    expect(await policy('/wall?display=main-1')).toContain('camera=(), microphone=()');
    expect(await policy('/console')).toContain('camera=(), microphone=()');
    expect(await policy('/presenter')).toContain('camera=(self), microphone=(self)');
  });

  it('does not let a viewer start a session', async () => {
    const viewer = await connectConsole(rooms.central.url, TEST_SECRETS.viewer);
    closers.push(viewer);
    expect(await viewer.command('session.invite', { room: PROVINCE.id, area: 'VN34-22' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(rooms.central.sessions.status().state).toBe('idle');
  });

  it('invites, is accepted, and both walls show their session board with the province in focus', async () => {
    const invited = await centralPresenter.command('session.invite', { room: PROVINCE.id, area: 'VN34-22' });
    expect(invited).toMatchObject({ ok: true });
    await expect.poll(() => rooms.province.sessions.status().state, { timeout: 5_000 }).toBe('invited');
    const sessionId = rooms.province.sessions.status().id!;
    expect(await provincePresenter.command('session.accept', { sessionId })).toMatchObject({ ok: true });
    await expect.poll(() => rooms.central.sessions.status().state, { timeout: 5_000 }).toBe('active');
    await expect.poll(() => [...centralMaps, centralVideo].every((w) => w.display.showing()?.layout.id === 'session'), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => provinceMaps.every((w) => w.display.showing()?.layout.id === 'provincial-session'), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => [...centralMaps, ...provinceMaps].every((w) => w.display.focuses.at(-1)?.area === 'VN34-22'), { timeout: 5_000 }).toBe(true);
    expect(centralVideo.views.at(-1)).toMatchObject({ active: true, rooms: [{ id: CENTRAL.id }, { id: PROVINCE.id }], viewport: { x: 0, y: 0 } });
    // Audited on both sides, with who and from which room.
    expect(rooms.province.audit.search({ action: 'session.invited', limit: 1 })[0]).toMatchObject({ originRoom: CENTRAL.id, actorId: TEST_SECRETS.presenter.split(':')[0] });
    expect(rooms.central.audit.search({ action: 'session.accepted', limit: 1 })[0]).toMatchObject({ originRoom: PROVINCE.id, result: 'done' });
  });

  it('passes the presenter’s pointer and strokes to the other room; the room without the floor is not drawn', async () => {
    const central = await presenterPage(rooms.central.url);
    const province = await presenterPage(rooms.province.url);
    closers.push(central, province);
    central.emit('view:event', { type: 'pointer', at: [0.5, 0.5], colour: 'yellow', sentAt: Date.now() });
    central.emit('view:event', stroke('central-1'));
    await expect.poll(() => provinceMaps[0]!.events.map((e) => `${e.room}:${e.event.type}`), { timeout: 5_000 }).toEqual(expect.arrayContaining([`${CENTRAL.id}:pointer`, `${CENTRAL.id}:stroke`]));
    province.emit('view:event', stroke('province-early'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(centralMaps[0]!.events.some((e) => e.room === PROVINCE.id)).toBe(false);
    // Hand-over: now the province draws and the centre sees it.
    expect(await centralPresenter.command('session.floor', { to: PROVINCE.id })).toMatchObject({ ok: true });
    await expect.poll(() => rooms.province.sessions.status().floor, { timeout: 5_000 }).toBe(PROVINCE.id);
    // The centre's pointer leaves both walls with the floor.
    await expect.poll(() => provinceMaps[0]!.events.at(-1), { timeout: 5_000 }).toMatchObject({ room: CENTRAL.id, event: { type: 'pointer', at: null } });
    expect(centralMaps[0]!.events.at(-1)).toMatchObject({ room: CENTRAL.id, event: { type: 'pointer', at: null } });
    province.emit('view:event', stroke('province-1'));
    province.emit('view:event', { type: 'focus', area: 'VN34-01', sentAt: Date.now() });
    await expect.poll(() => centralMaps[0]!.events.filter((e) => e.room === PROVINCE.id).map((e) => e.event.type), { timeout: 5_000 }).toEqual(['stroke', 'focus']);
    await expect.poll(() => centralMaps[0]!.display.focuses.at(-1)?.area, { timeout: 5_000 }).toBe('VN34-01');
    expect(rooms.central.sessions.viewState().strokes.map((s) => s.id)).toEqual(['central-1', 'province-1']);
  });

  it('refuses what the other room sends outside the session, and never lets it switch a wall or read the audit log', async () => {
    const before = centralMaps.map((w) => w.display.showing()?.layout.version);
    const eventsBefore = centralMaps[0]!.events.length;
    // A hostile hub holding the province's credential: its link replaces the real one for a moment.
    const rogue = connect(`http://127.0.0.1:${rooms.network.port}${LINK_NAMESPACE}`, { auth: { room: PROVINCE.id, credential: PROVINCE_LINK_SECRET, version: 1, name: 'rogue' }, transports: ['websocket'], forceNew: true, reconnection: false });
    await new Promise<void>((resolve, reject) => {
      rogue.once('connect', () => resolve());
      rogue.once('connect_error', reject);
    });
    const sessionId = rooms.central.sessions.status().id!;
    rogue.emit('link:message', { type: 'layout.switch', target: { kind: 'room' }, layoutId: 'central-room' });
    rogue.emit('link:message', { type: 'audit.search', limit: 500 });
    rogue.emit('link:message', { type: 'view', sessionId: 'another-session-0001', event: stroke('rogue-1') });
    rogue.emit('link:message', { type: 'view', sessionId, event: { ...stroke('rogue-2'), points: Array.from({ length: 5000 }, () => [0.1, 0.1]) } });
    rogue.emit('link:message', { type: 'session.invite', sessionId: 'another-session-0002', area: null, by: { credentialId: 'x' }, title: null });
    const answers: unknown[] = [];
    rogue.on('link:message', (message: unknown) => answers.push(message));
    await new Promise((resolve) => setTimeout(resolve, 500));
    rogue.close();
    expect(centralMaps.map((w) => w.display.showing()?.layout.version)).toEqual(before);
    expect(centralMaps[0]!.events.slice(eventsBefore).filter((e) => e.event.type === 'stroke' && e.event.id.startsWith('rogue'))).toEqual([]);
    expect(answers).toEqual([expect.objectContaining({ type: 'session.decline', reason: expect.stringContaining('another session') })]);
    expect(JSON.stringify(answers)).not.toContain('"action"');
    expect(rooms.central.sessions.status()).toMatchObject({ state: expect.stringMatching(/active|suspended/), id: sessionId });
    // The real province hub dials back in.
    await expect.poll(() => rooms.central.sessions.status().state, { timeout: 10_000 }).toBe('active');
  });

  it('keeps the session through a cut link, says so on both sides, and resumes it with its drawings and focus', async () => {
    rooms.network.cut();
    try {
    await expect.poll(() => [rooms.central.sessions.status().state, rooms.province.sessions.status().state], { timeout: 5_000 }).toEqual(['suspended', 'suspended']);
    await expect.poll(() => centralMaps[0]!.views.at(-1)?.linkDown, { timeout: 5_000 }).toBe(true);
    await expect.poll(() => provincePresenter.statuses.at(-1)?.session.state, { timeout: 5_000 }).toBe('suspended');
    await expect.poll(() => centralPresenter.statuses.at(-1)?.links[0]?.state, { timeout: 5_000 }).toBe('down');
    } finally {
      rooms.network.restore();
    }
    await expect.poll(() => [rooms.central.sessions.status().state, rooms.province.sessions.status().state], { timeout: 10_000 }).toEqual(['active', 'active']);
    expect(rooms.province.sessions.viewState()).toMatchObject({ area: 'VN34-01', strokes: [expect.objectContaining({ id: 'central-1' }), expect.objectContaining({ id: 'province-1' })] });
    expect(rooms.central.sessions.viewState().strokes.map((s) => s.id)).toEqual(['central-1', 'province-1']);
    await expect.poll(() => centralMaps[0]!.views.at(-1)?.linkDown, { timeout: 5_000 }).toBe(false);
    expect(rooms.central.audit.search({ action: 'session.resumed', limit: 1 })).toHaveLength(1);
    await expect.poll(() => centralPresenter.statuses.at(-1)?.links[0]?.reconnects ?? 0, { timeout: 5_000 }).toBeGreaterThanOrEqual(1);
  });

  it('ends from either side and puts both walls back as they were', async () => {
    expect(await provincePresenter.command('session.end', { reason: 'xong' })).toMatchObject({ ok: true });
    await expect.poll(() => rooms.central.sessions.status().state, { timeout: 5_000 }).toBe('idle');
    await expect.poll(() => [...centralMaps, centralVideo].every((w) => w.display.showing()?.layout.id === 'central-room'), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => provinceMaps.every((w) => w.display.showing()?.layout.id === 'provincial-room'), { timeout: 10_000 }).toBe(true);
    expect(centralMaps[0]!.views.at(-1)).toMatchObject({ active: false });
    expect(rooms.central.sessions.status().ended?.reason).toContain('xong');
    expect(rooms.central.audit.search({ action: 'session.ended', limit: 1 })[0]).toMatchObject({ originRoom: PROVINCE.id });
  });

  it('runs a briefing in one room from its agenda, step by step, and ends it where it began', async () => {
    expect(await centralPresenter.command('briefing.start', { agendaId: 'morning-briefing', area: null })).toMatchObject({ ok: true });
    await expect.poll(() => centralMaps.every((w) => w.display.showing()?.layout.id === 'daily-briefing'), { timeout: 10_000 }).toBe(true);
    expect(await centralPresenter.command('agenda.step', { move: 'next' })).toMatchObject({ ok: true, result: { step: 1 } });
    await expect.poll(() => centralMaps.every((w) => w.display.showing()?.layout.id === 'session' && w.display.focuses.at(-1)?.area === 'VN34-22'), { timeout: 10_000 }).toBe(true);
    expect(rooms.central.sessions.status().agenda).toMatchObject({ step: 1, notes: 'Mưa lớn, sạt lở.' });
    expect(await centralPresenter.command('agenda.step', { move: 'next' })).toMatchObject({ ok: false, code: 'conflict' });
    expect(await centralPresenter.command('session.end', { reason: 'hết giờ' })).toMatchObject({ ok: true });
    await expect.poll(() => centralMaps.every((w) => w.display.showing()?.layout.id === 'central-room'), { timeout: 10_000 }).toBe(true);
  });

  it('ends a session whose link does not come back within the grace period, and restores the walls', async () => {
    expect(await centralPresenter.command('session.invite', { room: PROVINCE.id, area: null })).toMatchObject({ ok: true });
    await expect.poll(() => rooms.province.sessions.status().state, { timeout: 5_000 }).toBe('invited');
    expect(await provincePresenter.command('session.accept', { sessionId: rooms.province.sessions.status().id })).toMatchObject({ ok: true });
    await expect.poll(() => provinceMaps.every((w) => w.display.showing()?.layout.id === 'provincial-session'), { timeout: 10_000 }).toBe(true);
    rooms.network.cut();
    await expect.poll(() => rooms.province.sessions.status().state, { timeout: 5_000 }).toBe('suspended');
    await expect.poll(() => [rooms.central.sessions.status().state, rooms.province.sessions.status().state], { timeout: 10_000 }).toEqual(['idle', 'idle']);
    expect(rooms.province.sessions.status().ended?.reason).toContain('did not come back');
    await expect.poll(() => provinceMaps.every((w) => w.display.showing()?.layout.id === 'provincial-room'), { timeout: 10_000 }).toBe(true);
    rooms.network.restore();
  });
});
