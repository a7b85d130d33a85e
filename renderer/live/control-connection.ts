import { io, type Socket } from 'socket.io-client';
import { z } from 'zod';
import {
  alertProposalSchema,
  commandAnswerSchema,
  CONTROL_NAMESPACE,
  librarySchema,
  playlistSchema,
  roomStatusSchema,
  scheduleSchema,
  switchProgressSchema,
  type CommandAnswer,
  type ControlAuth,
  type ControlToHubEvents,
  type HubToControlEvents,
} from '../../src/protocol/control/index.js';
import { refusalText, SIGN_IN_ENDED } from '../i18n/refusals.js';
import type { Refusal } from '../state/connection-slice.js';
import type { SendCommand } from '../state/console/commands-slice.js';
import type { ConsoleStore } from '../state/console/console-store.js';
import { RECONNECTION, trackConnection } from './connection.js';
import { takeFragmentKey } from './fragment-key.js';
import { CONSOLE_CREDENTIAL_KEY } from './storage-keys.js';

export type ControlSocket = Socket<HubToControlEvents, ControlToHubEvents>;

/** The console keeps its credential for the tab only: sessionStorage, never localStorage. */
export { CONSOLE_CREDENTIAL_KEY };

export function isCredential(value: string): boolean {
  return /^[^:\s]+:\S+$/.test(value);
}

/**
 * Signs in from `#key=<id:secret>` (moved to sessionStorage, stripped from the address bar), or from
 * sessionStorage after a reload of the tab. A new tab or window starts signed out.
 */
export function restoreSignIn(
  store: ConsoleStore,
  env: { location: Pick<Location, 'pathname' | 'search' | 'hash'>; history: Pick<History, 'replaceState' | 'state'>; storage: Pick<Storage, 'getItem' | 'setItem'> },
): void {
  takeFragmentKey(env.location, env.history, env.storage, CONSOLE_CREDENTIAL_KEY);
  const saved = env.storage.getItem(CONSOLE_CREDENTIAL_KEY);
  if (saved) store.getState().signIn(saved);
}

export interface ControlConnectionOptions {
  credential: string;
  store: ConsoleStore;
  storage: Pick<Storage, 'removeItem'>;
  connect?: (auth: ControlAuth) => ControlSocket;
  now?: () => number;
  /** Where the operator's input is seen (keeps the sign-in from expiring); default the window. */
  activity?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
}

export function connectControlSocket(auth: ControlAuth): ControlSocket {
  return io(CONTROL_NAMESPACE, { ...RECONNECTION, transports: [...RECONNECTION.transports], auth: { ...auth } });
}

/** Only a rate limit is worth waiting out; any other refusal sends the operator back to sign in. */
function consoleRefusalRetryMs(refusal: Refusal): number | null {
  return refusal.code === 'auth.rate-limited' ? 30_000 : null;
}

const picture = z.object({ displayId: z.string(), at: z.number(), jpeg: z.string().startsWith('data:image/jpeg;base64,') });
const plans = z.object({ playlists: z.array(playlistSchema), schedules: z.array(scheduleSchema) });
const ended = z.object({ reason: z.enum(['expired', 'revoked', 'barred']), message: z.string() });
/** The operator's input counts as activity at most this often. */
const ACTIVITY_EVERY_MS = 60_000;

/**
 * The console's live link: everything the hub tells (status, library, plans, switch progress, pictures,
 * alerts) into the store, each message parsed with the control protocol's schema (a malformed one keeps
 * the last good one); commands out, each with a fresh request id, answered by the hub. A refused
 * credential or an ended sign-in is forgotten and the operator is signed out with the reason; a dropped
 * connection keeps the last status on screen.
 */
export function startControlConnection(options: ControlConnectionOptions): () => void {
  const { store } = options;
  const now = options.now ?? Date.now;
  const socket = (options.connect ?? connectControlSocket)({ credential: options.credential });
  let stopped = false;
  const signOut = (notice: Parameters<ReturnType<ConsoleStore['getState']>['signOut']>[0]) => {
    options.storage.removeItem(CONSOLE_CREDENTIAL_KEY);
    stop();
    store.getState().roomCleared();
    store.getState().signOut(notice);
  };

  const stopTracking = trackConnection(socket, () => store.getState(), {
    refusalRetryMs: consoleRefusalRetryMs,
    now,
    onRefused: (refusal) => {
      if (consoleRefusalRetryMs(refusal) === null) signOut(refusalText(refusal, 'console'));
    },
  });
  const take = <T>(schema: z.ZodType<T>, use: (value: T) => void) => (raw: unknown) => {
    const parsed = schema.safeParse(raw);
    if (parsed.success) use(parsed.data);
    else console.warn('opswall console: ignored a malformed message from the hub', parsed.error.issues[0]);
  };
  const handlers = {
    'room:status': take(roomStatusSchema, (status) => store.getState().roomUpdated(status, now())),
    'room:library': take(librarySchema, (library) => store.getState().libraryUpdated(library)),
    'room:plans': take(plans, (value) => store.getState().plansUpdated(value)),
    'room:switch': take(switchProgressSchema, (progress) => store.getState().switchUpdated(progress)),
    'room:thumbnail': take(picture, ({ displayId, at, jpeg }) => store.getState().pictureUpdated(displayId, { at, jpeg })),
    'alert:proposed': take(alertProposalSchema, (alert) => store.getState().alertUpdated(alert)),
    'signin:ended': take(ended, ({ reason }) => signOut(SIGN_IN_ENDED[reason])),
  } as const;
  for (const [event, handler] of Object.entries(handlers)) socket.on(event as 'room:status', handler as never);

  let sequence = 0;
  const send: SendCommand = async (name, payload) => {
    const requestId = `${now().toString(36)}-${(sequence++).toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
    try {
      const answer: unknown = await socket.timeout(15_000).emitWithAck('command', { requestId, name, payload });
      const parsed = commandAnswerSchema.safeParse(answer);
      return parsed.success ? parsed.data : ({ ok: false, code: 'failed', reason: 'the hub answered something the console does not understand' } satisfies CommandAnswer);
    } catch {
      return { ok: false, code: 'failed', reason: socket.connected ? 'the hub did not answer in time' : 'not connected to the hub' } satisfies CommandAnswer;
    }
  };
  store.getState().setSender(send);

  // The operator's own input keeps the sign-in alive (at most one note a minute).
  let lastActivity = 0;
  const activityTarget = options.activity ?? (typeof window === 'undefined' ? null : window);
  const onActivity = () => {
    const at = now();
    if (at - lastActivity < ACTIVITY_EVERY_MS || !socket.connected) return;
    lastActivity = at;
    void send('signin.activity', {});
  };
  for (const event of ['pointerdown', 'keydown'] as const) activityTarget?.addEventListener(event, onActivity, { passive: true });

  function stop(): void {
    if (stopped) return;
    stopped = true;
    stopTracking();
    for (const [event, handler] of Object.entries(handlers)) socket.off(event as 'room:status', handler as never);
    for (const event of ['pointerdown', 'keydown'] as const) activityTarget?.removeEventListener(event, onActivity);
    store.getState().setSender(null);
    socket.disconnect();
  }
  return stop;
}
