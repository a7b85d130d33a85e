// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IdentityEnvironment } from '../live/identity.js';
import type { WallSocket } from '../live/wall-connection.js';
import { createWallStore, WallStoreProvider } from '../state/wall/wall-store.js';
import { testAssignment } from '../testing/assignment.js';
import { FakeSocket } from '../testing/fake-socket.js';
import { WallApp } from './WallApp.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function environment(search: string, hash = ''): IdentityEnvironment {
  const stored = new Map<string, string>();
  return {
    bridge: undefined,
    location: { pathname: '/wall', search, hash },
    history: { state: null, replaceState: () => {} },
    storage: { getItem: (key) => stored.get(key) ?? null, setItem: (key, value) => void stored.set(key, value) },
  };
}

async function mount(search = '?display=main-1', hash = '#key=wall-pc-1%3As') {
  const store = createWallStore();
  const sockets: FakeSocket[] = [];
  const connect = (auth: unknown) => {
    const socket = new FakeSocket(auth);
    sockets.push(socket);
    return socket as unknown as WallSocket;
  };
  const env = environment(search, hash);
  const view = render(
    <WallStoreProvider store={store}>
      <WallApp environment={env} connect={connect} />
    </WallStoreProvider>,
  );
  const root = () => view.container.querySelector<HTMLElement>('.wall-root')!;
  return { ...view, store, sockets, root };
}

describe('the wall page', () => {
  it('shows a calm splash with the display id until the first assignment', async () => {
    const { root, sockets } = await mount();
    await waitFor(() => expect(sockets).toHaveLength(1));
    expect(root().dataset.displayId).toBe('main-1');
    expect(root().dataset.layoutVersion).toBeUndefined();
    expect(screen.getByText('Đang kết nối tới hub…')).toBeTruthy();
    expect(screen.getByText('Connecting to the hub…')).toBeTruthy();
    expect(screen.getByText('main-1')).toBeTruthy();
    // auth is a function, called on every connection attempt (so a reconnect carries its resume positions).
    expect((sockets[0]?.auth as () => unknown)()).toEqual({ credential: 'wall-pc-1:s', displayId: 'main-1' });
  });

  it('says clearly, in both languages, why the hub refused it', async () => {
    const { sockets } = await mount();
    await waitFor(() => expect(sockets).toHaveLength(1));
    act(() => sockets[0]!.refuse('auth.invalid', 'The credential was not accepted.'));
    expect(screen.getByRole('alert').textContent).toContain('Thông tin xác thực của màn hình không hợp lệ');
    expect(screen.getByRole('alert').textContent).toContain('Display credential rejected — check the room config');
  });

  it('asks for a display id when the address has none, without connecting', async () => {
    const { sockets } = await mount('', '');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('?display='));
    expect(sockets).toHaveLength(0);
  });

  it('says so when the Electron shell cannot give the window its identity', async () => {
    const store = createWallStore();
    const env = { ...environment('?display=main-1'), bridge: { device: { getIdentity: () => Promise.reject(new Error('ipc closed')), onPicture: () => () => {} } } };
    render(
      <WallStoreProvider store={store}>
        <WallApp environment={env} connect={() => new FakeSocket() as unknown as WallSocket} />
      </WallStoreProvider>,
    );
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('The shell did not tell this window which display it is'));
    expect(store.getState().health).toMatchObject({ errors: 1, lastError: 'identity: Error: ipc closed' });
  });

  it('renders the assignment on its grid, with the minimum text height and the layout version', async () => {
    const { root, sockets, container } = await mount();
    await waitFor(() => expect(sockets).toHaveLength(1));
    act(() => {
      sockets[0]!.serve('connect');
      sockets[0]!.serve('display:assignment', testAssignment());
    });
    expect(root().dataset.layoutVersion).toBe('v1');
    expect(root().style.getPropertyValue('--min-text-vh')).toBe('2.5');
    const grid = container.querySelector<HTMLElement>('.display-grid')!;
    expect(grid.style.gridTemplateColumns).toBe('repeat(2, minmax(0, 1fr))');
    expect(grid.style.gridTemplateRows).toBe('repeat(2, minmax(0, 1fr))');
    const panels = [...container.querySelectorAll<HTMLElement>('[data-panel-id]')].map((panel) => [panel.dataset.panelId, panel.dataset.panelKind, panel.style.gridColumn, panel.style.gridRow]);
    expect(panels).toEqual([
      ['clock-1', 'clock', '1 / span 2', '1 / span 1'],
      ['note-1', 'text', '1 / span 1', '2 / span 1'],
    ]);
    expect(screen.queryByText('Đang kết nối tới hub…')).toBeNull();
  });

  it('never blanks on a disconnect: the panels stay and a corner badge says since when', async () => {
    const { sockets, container } = await mount();
    await waitFor(() => expect(sockets).toHaveLength(1));
    act(() => {
      sockets[0]!.serve('connect');
      sockets[0]!.serve('display:assignment', testAssignment());
    });
    expect(container.querySelector('.connection-indicator')?.getAttribute('data-status')).toBe('connected');
    act(() => sockets[0]!.serve('disconnect', 'transport close'));
    expect(container.querySelectorAll('[data-panel-id]')).toHaveLength(2);
    const badge = container.querySelector('.connection-indicator')!;
    expect(badge.getAttribute('data-status')).toBe('reconnecting');
    expect(badge.textContent).toMatch(/^Mất kết nối từ \d{2}:\d{2}:\d{2} · đang kết nối lại$/);
    act(() => sockets[0]!.refuse('display.unknown'));
    expect(container.querySelectorAll('[data-panel-id]')).toHaveLength(2);
    expect(container.querySelector('.connection-indicator')?.textContent).toContain('The active layout has no display with this id');
  });

  it('reports a panel that throws to the health slice, and the rest of the wall stays', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { sockets, store, container } = await mount();
    await waitFor(() => expect(sockets).toHaveLength(1));
    // Make the clock's time formatting throw at render (the option check, which passes no hour, still works).
    const RealDateTimeFormat = Intl.DateTimeFormat;
    vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (locale?: string | string[], options?: Intl.DateTimeFormatOptions) {
      if (options?.timeZone === 'America/Lima' && options.hour !== undefined) throw new RangeError('Intl is broken');
      return new RealDateTimeFormat(locale, options);
    } as unknown as typeof Intl.DateTimeFormat);
    const assignment = testAssignment();
    assignment.display.panels[0]!.options = { timeZone: 'America/Lima' };
    act(() => sockets[0]!.serve('display:assignment', assignment));
    expect(container.querySelector('[data-panel-id="clock-1"]')?.textContent).toContain('Lỗi bảng · clock');
    expect(container.querySelector('[data-panel-id="clock-1"]')?.textContent).toContain('Intl is broken');
    expect(container.querySelector('[data-panel-id="note-1"]')?.textContent).toContain('Xin chào');
    expect(store.getState().health.errors).toBe(1);
    expect(store.getState().health.lastError).toBe('panel clock-1 (clock): RangeError: Intl is broken');
  });
});
