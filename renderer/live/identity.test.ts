import { describe, expect, it, vi } from 'vitest';
import { CREDENTIAL_STORAGE_KEY, resolveIdentity, watchFragmentKey, type IdentityEnvironment } from './identity.js';

function browser(url: string, stored: Record<string, string> = {}) {
  const parsed = new URL(url);
  const location = { pathname: parsed.pathname, search: parsed.search, hash: parsed.hash };
  const storage = new Map(Object.entries(stored));
  const history = {
    state: null,
    replaceState: vi.fn((_state: unknown, _unused: string, next: string) => {
      const after = new URL(next, parsed);
      Object.assign(location, { pathname: after.pathname, search: after.search, hash: after.hash });
    }),
  };
  const env: IdentityEnvironment = {
    bridge: undefined,
    location,
    history,
    storage: { getItem: (key) => storage.get(key) ?? null, setItem: (key, value) => void storage.set(key, value) },
  };
  return { env, storage, history, location };
}

describe('display identity in a plain browser', () => {
  it('moves the fragment credential into sessionStorage and strips it from the address bar', async () => {
    const page = browser('http://hub:7400/wall?display=main-1#key=wall-pc-1%3Asecret%2Bplus');
    const result = await resolveIdentity(page.env);
    expect(result).toEqual({ ok: true, source: 'url', identity: { displayId: 'main-1', credential: 'wall-pc-1:secret+plus' } });
    expect(page.storage.get(CREDENTIAL_STORAGE_KEY)).toBe('wall-pc-1:secret+plus');
    expect(page.history.replaceState).toHaveBeenCalledWith(null, '', '/wall?display=main-1');
    expect(page.location.hash).toBe('');
  });

  it('reads the stored credential back after a reload, leaving the address alone', async () => {
    const page = browser('http://hub:7400/wall?display=main-2', { [CREDENTIAL_STORAGE_KEY]: 'wall-pc-1:secret' });
    expect(await resolveIdentity(page.env)).toMatchObject({ ok: true, identity: { displayId: 'main-2', credential: 'wall-pc-1:secret' } });
    expect(page.history.replaceState).not.toHaveBeenCalled();
  });

  it('a new fragment replaces the stored credential', async () => {
    const page = browser('http://hub:7400/wall?display=main-2#key=new%3Aone', { [CREDENTIAL_STORAGE_KEY]: 'old:one' });
    expect(await resolveIdentity(page.env)).toMatchObject({ identity: { credential: 'new:one' } });
  });

  it('connects with an empty credential when there is none, so the hub can say why it refuses', async () => {
    const page = browser('http://hub:7400/wall?display=main-3');
    expect(await resolveIdentity(page.env)).toMatchObject({ ok: true, identity: { displayId: 'main-3', credential: '' } });
  });

  it('needs a display id that a layout could contain', async () => {
    expect(await resolveIdentity(browser('http://hub:7400/wall#key=a%3Ab').env)).toEqual({ ok: false, displayId: null, reason: 'no-display' });
    expect(await resolveIdentity(browser('http://hub:7400/wall?display=Main%201').env)).toEqual({ ok: false, displayId: 'Main 1', reason: 'no-display' });
  });
});

describe('a key added to the address of an open page', () => {
  it('is noticed on hashchange, taken into storage and stripped again', async () => {
    const page = browser('http://hub:7400/wall?display=main-3');
    expect(await resolveIdentity(page.env)).toMatchObject({ identity: { credential: '' } });
    const target = new EventTarget();
    const onKey = vi.fn(async () => expect(await resolveIdentity(page.env)).toMatchObject({ identity: { displayId: 'main-3', credential: 'wall-pc-1:late' } }));
    const stop = watchFragmentKey(target as unknown as Window, page.location, onKey);
    page.location.hash = '#other=1';
    target.dispatchEvent(new Event('hashchange'));
    expect(onKey).not.toHaveBeenCalled();
    page.location.hash = '#key=wall-pc-1%3Alate';
    target.dispatchEvent(new Event('hashchange'));
    expect(onKey).toHaveBeenCalledTimes(1);
    await onKey.mock.results[0]!.value;
    expect(page.location.hash).toBe('');
    stop();
  });
});

describe('display identity in the Electron shell', () => {
  it('asks the preload bridge and ignores the address', async () => {
    const page = browser('http://hub:7400/wall?display=other#key=x%3Ay');
    const getIdentity = vi.fn(async () => ({ displayId: 'side-left', credential: 'pc-2:s3cret' }));
    const result = await resolveIdentity({ ...page.env, bridge: { device: { getIdentity, onPicture: () => () => {} } } });
    expect(result).toEqual({ ok: true, source: 'shell', identity: { displayId: 'side-left', credential: 'pc-2:s3cret' } });
    expect(page.storage.size).toBe(0);
  });
});
