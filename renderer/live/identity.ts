import type { DeviceIdentity, ShellBridge } from '../../src/protocol/shell-bridge.js';
import { takeFragmentKey } from './fragment-key.js';

import { CONSOLE_CREDENTIAL_KEY, WALL_CREDENTIAL_KEY } from './storage-keys.js';

/** Where a plain browser keeps the display credential for the tab (never localStorage). */
export const CREDENTIAL_STORAGE_KEY = WALL_CREDENTIAL_KEY;

const DISPLAY_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

export type IdentityProblem = 'no-display' | 'shell-failed';
export type IdentityResult = { ok: true; identity: DeviceIdentity; source: 'shell' | 'url' } | { ok: false; displayId: string | null; reason: IdentityProblem };

export interface IdentityEnvironment {
  bridge: ShellBridge | undefined;
  location: Pick<Location, 'pathname' | 'search' | 'hash'>;
  history: Pick<History, 'replaceState' | 'state'>;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
}

/**
 * Which display this page shows and the credential it presents.
 * In the Electron shell, the preload's bridge says. In a plain browser, the display comes from
 * `?display=ID` and the credential from the fragment `#key=<id:secret>`: it is moved to sessionStorage
 * and stripped from the address bar, so it is not left on screen or in the history; a reload reads it
 * back from sessionStorage. A page with no credential still connects, and the hub's refusal says why.
 */
export async function resolveIdentity(env: IdentityEnvironment): Promise<IdentityResult> {
  if (env.bridge) return { ok: true, identity: await env.bridge.device.getIdentity(), source: 'shell' };

  const params = new URLSearchParams(env.location.search);
  const displayId = params.get('display');
  // A console's live view of a display (framed by the console): it signs in as the console does.
  if (params.get('preview') === '1') {
    if (displayId === null || !DISPLAY_ID.test(displayId)) return { ok: false, displayId, reason: 'no-display' };
    return { ok: true, identity: { displayId, credential: env.storage.getItem(CONSOLE_CREDENTIAL_KEY) ?? '', preview: true }, source: 'url' };
  }
  takeFragmentKey(env.location, env.history, env.storage, CREDENTIAL_STORAGE_KEY);
  if (displayId === null || !DISPLAY_ID.test(displayId)) return { ok: false, displayId, reason: 'no-display' };
  const credential = env.storage.getItem(CREDENTIAL_STORAGE_KEY) ?? '';
  return { ok: true, identity: { displayId, credential }, source: 'url' };
}

/**
 * Calls `onKey` whenever a credential is added to the address (`#key=…`) of a page already open — a
 * display opened without its key takes it at once, no reload. Returns a function that stops listening.
 */
export function watchFragmentKey(target: Pick<Window, 'addEventListener' | 'removeEventListener'>, location: Pick<Location, 'hash'>, onKey: () => void): () => void {
  const onHashChange = () => {
    if (/(?:^#|&)key=/.test(location.hash)) onKey();
  };
  target.addEventListener('hashchange', onHashChange);
  return () => target.removeEventListener('hashchange', onHashChange);
}

declare global {
  interface Window {
    /** The Electron preload's bridge; absent in a plain browser. */
    opswall?: ShellBridge;
  }
}

export function browserIdentityEnvironment(): IdentityEnvironment {
  return { bridge: window.opswall, location: window.location, history: window.history, storage: window.sessionStorage };
}
