// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { REJECTION_REASONS } from '../../src/protocol/feed/messages.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { DisplayStatus, RoomStatus } from '../../src/protocol/control/index.js';
import { CONSOLE_CREDENTIAL_KEY, restoreSignIn, type ControlSocket } from '../live/control-connection.js';
import { ConsoleStoreProvider, createConsoleStore } from '../state/console/console-store.js';
import { FakeSocket } from '../testing/fake-socket.js';
import { ConsoleApp } from './ConsoleApp.js';

afterEach(cleanup);

function memoryStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  };
}

function mount(storage = memoryStorage()) {
  const store = createConsoleStore();
  restoreSignIn(store, { location: { pathname: '/console', search: '', hash: '' }, history: { state: null, replaceState: () => {} }, storage });
  const sockets: FakeSocket[] = [];
  const connect = (auth: unknown) => {
    const socket = new FakeSocket(auth);
    sockets.push(socket);
    return socket as unknown as ControlSocket;
  };
  const view = render(
    <ConsoleStoreProvider store={store}>
      <ConsoleApp storage={storage} connect={connect} />
    </ConsoleStoreProvider>,
  );
  return { ...view, store, sockets, storage };
}

function signIn(credential: string) {
  fireEvent.change(document.querySelector('input[type="password"]')!, { target: { value: credential } });
  fireEvent.submit(document.querySelector('form')!);
}

const health = { layoutVersion: 'L7', fps: 59.6, jsHeapMB: 41.2, errors: 0, oldestDataAgeS: null, viewport: { width: 3840, height: 2160, devicePixelRatio: 1 } };
function display(id: string, column: number, row: number, extra: Partial<DisplayStatus> = {}): DisplayStatus {
  return {
    id,
    name: `Màn hình ${id}`,
    wallId: 'main',
    wallName: 'Tường chính',
    position: { column, row },
    layout: { id: 'central-room', name: 'Tường chính', version: 'L7' },
    spotlight: null,
    maps: [],
    mapFocus: null,
    connections: 1,
    state: (extra.connections ?? 1) === 0 ? 'dark' : 'ok',
    connectedSince: '2026-11-22T06:00:00Z',
    lastSeen: '2026-11-22T07:00:00Z',
    health,
    healthAt: '2026-11-22T06:59:58Z',
    thumbnailAt: null,
    ...extra,
  };
}
const status: RoomStatus = {
  room: { id: 'central', name: 'Trung tâm điều hành', timeZone: 'Asia/Ho_Chi_Minh', locale: 'vi-VN' },
  hub: { version: '0.1.0', startedAt: '2026-11-22T05:00:00Z', uptimeS: 7_200, now: Date.parse('2026-11-22T07:00:00Z') },
  walls: [{ id: 'main', name: 'Tường chính', arrangement: { columns: 2, rows: 2 }, layout: { id: 'central-room', name: 'Tường chính', version: 'L7' } }],
  displays: [
    display('main-1', 1, 1),
    display('main-2', 2, 1, { connections: 0, connectedSince: null, lastSeen: '2026-11-22T06:55:00Z', health: null, healthAt: null }),
    display('main-3', 1, 2, { connections: 2 }),
    display('main-4', 2, 2, { health: { ...health, layoutVersion: 'L6', errors: 3, lastError: 'panel x: boom' } }),
  ],
  upstream: {
    state: 'down',
    since: '2026-11-22T06:58:00Z',
    url: 'https://backend.invalid/feed',
    lastMessageAt: '2026-11-22T06:57:59Z',
    messagesPerS: 0,
    observationsPerS: 0,
    rejections: Object.fromEntries(REJECTION_REASONS.map((reason) => [reason, 0])) as RoomStatus['upstream']['rejections'],
    duplicateItems: 0,
    staleRevisions: 0,
    duplicateBatches: 0,
    gaps: 0,
    resyncs: 0,
  },
  switching: null,
  playlists: [],
  alerts: [],
  storeDamaged: null,
  session: { state: 'idle', id: null, kind: null, chair: null, remote: null, floor: null, area: null, startedAt: null, startedBy: null, deadline: null, agenda: null, media: { local: null, remote: null }, ended: null },
  links: [],
  you: { credentialId: 'duty-officer', roles: ['viewer'], signInId: 's-1', idleTimeoutS: 1800 },
};

describe('the console', () => {
  it('signs in with a credential kept in sessionStorage and connects with it', () => {
    const { sockets, storage } = mount();
    expect(screen.getByRole('button', { name: 'Đăng nhập' })).toBeTruthy();
    signIn('duty-officer:staple-lamp-river');
    expect(storage.map.get(CONSOLE_CREDENTIAL_KEY)).toBe('duty-officer:staple-lamp-river');
    expect(sockets).toHaveLength(1);
    expect(sockets[0]!.auth).toEqual({ credential: 'duty-officer:staple-lamp-river' });
    expect(screen.getByRole('button', { name: 'Đăng xuất' })).toBeTruthy();
  });

  it('refuses to send something that is not id:secret', () => {
    const { sockets } = mount();
    signIn('just-a-password');
    expect(sockets).toHaveLength(0);
    expect(screen.getByRole('alert').textContent).toBe('Thông tin xác thực phải có dạng mã:bí mật');
  });

  it('goes back to sign-in with the reason when the hub refuses, forgetting the credential', () => {
    const { sockets, storage } = mount();
    signIn('duty-officer:wrong');
    act(() => sockets[0]!.refuse('auth.invalid'));
    expect(screen.getByRole('alert').textContent).toContain('Thông tin xác thực không đúng');
    expect(screen.getByRole('alert').textContent).toContain('The credential was not accepted');
    expect(storage.map.has(CONSOLE_CREDENTIAL_KEY)).toBe(false);
    expect(sockets[0]!.disconnectCalls).toBe(1);
  });

  it('shows the room: hub, layout, and every display placed on its wall with its state and health', () => {
    const { sockets, container } = mount(memoryStorage({ [CONSOLE_CREDENTIAL_KEY]: 'duty-officer:s' }));
    expect(sockets).toHaveLength(1); // a reload of the tab signs straight back in
    act(() => {
      sockets[0]!.serve('connect');
      sockets[0]!.serve('room:status', status);
    });
    expect(screen.getByText('Trung tâm điều hành')).toBeTruthy();
    expect(container.textContent).toContain('Đang hiển thị: Tường chính');
    expect(container.textContent).toContain('3/4 màn hình đang kết nối');
    expect(container.textContent).toMatch(/Nguồn dữ liệu quốc giaMất kết nối từ \d{2}:\d{2}:\d{2}/);
    const tile = (id: string) => container.querySelector<HTMLElement>(`[data-display-id="${id}"]`)!;
    expect(tile('main-1').style.gridColumn).toBe('1');
    expect(tile('main-4').style.gridRow).toBe('2');
    expect(tile('main-1').dataset.state).toBe('ok');
    expect(tile('main-1').textContent).toContain('60');
    expect(tile('main-1').textContent).toContain('41 MB');
    expect(tile('main-1').textContent).toContain('3840×2160');
    expect(tile('main-1').textContent).toContain('L7 ✓ khớp');
    expect(tile('main-2').dataset.state).toBe('dark');
    expect(tile('main-2').textContent).toContain('MẤT KẾT NỐI');
    // Times read as on the wall: in the room's time zone (06:55 UTC is 13:55 in Hà Nội), whatever the browser's.
    expect(tile('main-2').textContent).toContain('mất từ 13:55:00');
    expect(tile('main-3').textContent).toContain('2 kết nối — hiển thị trùng');
    expect(tile('main-4').textContent).toContain('L6 ⚠ khác bố cục đang dùng');
    expect(tile('main-4').textContent).toContain('panel x: boom');
  });

  it('shows the upstream link in a compact card, and each display’s oldest data', () => {
    const { sockets, container } = mount(memoryStorage({ [CONSOLE_CREDENTIAL_KEY]: 'duty-officer:s' }));
    const live: RoomStatus = {
      ...status,
      displays: [display('main-1', 1, 1, { health: { ...health, oldestDataAgeS: 42.5 } }), display('main-2', 2, 1, { health: { ...health, oldestDataAgeS: 600 } }), display('main-3', 1, 2), display('main-4', 2, 2)],
      upstream: {
        ...status.upstream,
        state: 'connected',
        since: '2026-11-22T06:30:00Z',
        lastMessageAt: '2026-11-22T06:59:59Z',
        messagesPerS: 12.34,
        observationsPerS: 4_567,
        rejections: { ...status.upstream.rejections, malformed: 3, 'unit-mismatch': 1, oversized: 0 },
        duplicateItems: 12,
        gaps: 2,
        resyncs: 1,
      },
    };
    act(() => {
      sockets[0]!.serve('connect');
      sockets[0]!.serve('room:status', live);
    });
    const card = container.querySelector<HTMLElement>('.upstream-card')!;
    expect(card.dataset.state).toBe('connected');
    expect(card.textContent).toContain('Đã kết nối');
    expect(card.textContent).toMatch(/từ \d{2}:\d{2}:\d{2}/);
    expect(card.textContent).toContain('https://backend.invalid/feed');
    expect(card.textContent).toContain('Tin/giây12,3');
    expect(card.textContent).toContain('Số liệu/giây4.567');
    expect(card.textContent).toContain('Trùng lặp12');
    expect(card.querySelector('dd[data-tone="warning"]')?.textContent).toBe('2'); // sequence gaps
    const reasons = [...card.querySelectorAll('.upstream-rejections li')].map((item) => [item.getAttribute('data-reason'), item.textContent]);
    expect(reasons).toEqual([
      ['malformed', 'sai cấu trúc 3'],
      ['unit-mismatch', 'sai đơn vị 1'],
    ]);
    const oldest = (id: string) => container.querySelector(`[data-display-id="${id}"] .tile-oldest-data`);
    expect(oldest('main-1')?.textContent).toBe('43 giây trước');
    expect(oldest('main-1')?.getAttribute('data-tone')).toBeNull();
    expect(oldest('main-2')?.textContent).toBe('10 phút trước');
    expect(oldest('main-2')?.getAttribute('data-tone')).toBe('warning');
    expect(oldest('main-3')?.textContent).toBe('chưa có');
  });

  it('keeps the last status on screen through a disconnect, and signs out on request', () => {
    const { sockets, container, storage } = mount(memoryStorage({ [CONSOLE_CREDENTIAL_KEY]: 'duty-officer:s' }));
    act(() => {
      sockets[0]!.serve('connect');
      sockets[0]!.serve('room:status', status);
      sockets[0]!.serve('disconnect', 'transport close');
    });
    expect(container.querySelectorAll('.tile')).toHaveLength(4);
    expect(screen.getByRole('alert').textContent).toContain('Mất kết nối tới hub');
    fireEvent.click(screen.getByRole('button', { name: 'Đăng xuất' }));
    expect(storage.map.has(CONSOLE_CREDENTIAL_KEY)).toBe(false);
    expect(sockets[0]!.disconnectCalls).toBe(1);
    expect(container.querySelector('input[type="password"]')).not.toBeNull();
  });

  it('switches to English', () => {
    const { sockets } = mount(memoryStorage({ [CONSOLE_CREDENTIAL_KEY]: 'duty-officer:s' }));
    act(() => sockets[0]!.serve('room:status', status));
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeTruthy();
    expect(document.body.textContent).toContain('3/4 displays connected');
  });
});

describe('console sign-in from the address', () => {
  it('takes #key= into sessionStorage and strips it from the address bar', () => {
    const store = createConsoleStore();
    const storage = memoryStorage();
    const replaced: string[] = [];
    restoreSignIn(store, {
      location: { pathname: '/console', search: '', hash: '#key=demo-console%3Aabc' },
      history: { state: null, replaceState: (_s: unknown, _u: string, url?: string | URL | null) => void replaced.push(String(url)) },
      storage,
    });
    expect(store.getState().signedIn.credential).toBe('demo-console:abc');
    expect(storage.map.get(CONSOLE_CREDENTIAL_KEY)).toBe('demo-console:abc');
    expect(replaced).toEqual(['/console']);
  });
});
