import { displayChannels } from '../../src/layout/channels.js';
import { abortSchema, commitSchema, prepareSchema, reloadSchema, type PrepareAnswer } from '../../src/protocol/wall/index.js';
import type { WallStore } from '../state/wall/wall-store.js';
import type { ClockSync } from './clock-sync.js';
import type { WallSocket } from './wall-connection.js';

type FrameWindow = Pick<Window, 'requestAnimationFrame' | 'cancelAnimationFrame'> & { performance: Pick<Performance, 'timeOrigin' | 'now'> };

export interface SwitchClientOptions {
  socket: WallSocket;
  store: WallStore;
  clock: ClockSync;
  win: FrameWindow;
  /** Makes a store change render and reach the DOM before it returns (react-dom's flushSync). */
  flushSync?: (change: () => void) => void;
  /** Reloads the page (the hub or an operator asked). */
  reload: () => void;
  /** Longest wait for the new channels' data before answering ready anyway (their panels say "waiting"). */
  dataWaitMs?: number;
  now?: () => number;
  /** The page's clock in epoch ms on the frames' time base (performance.timeOrigin + performance.now). */
  pageNow?: () => number;
  report?: (source: string, error: unknown) => void;
}

/**
 * The display's half of the two-phase switch: `display:prepare` renders the new assignment off-screen
 * (once the data of its channels is in, and two frames have laid it out) and answers ready; `display:commit`
 * swaps it on screen on the first animation frame at or after the hub's time T (converted with the clock
 * offset), in that frame; `display:abort` drops it. Returns a function that stops listening.
 */
export function startSwitchClient(options: SwitchClientOptions): () => void {
  const { socket, store, clock, win } = options;
  const now = options.now ?? Date.now;
  const pageNow = options.pageNow ?? (() => win.performance.timeOrigin + win.performance.now());
  const flush = options.flushSync ?? ((change: () => void) => change());
  const dataWaitMs = options.dataWaitMs ?? 3_000;
  const frames = new Set<number>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const frame = (callback: (epochMs: number) => void) => {
    const handle = win.requestAnimationFrame((timestamp) => {
      frames.delete(handle);
      callback(win.performance.timeOrigin + timestamp);
    });
    frames.add(handle);
  };

  const onPrepare = (raw: unknown, answer: unknown) => {
    if (typeof answer !== 'function') return;
    const reply = answer as (value: PrepareAnswer) => void;
    const message = prepareSchema.safeParse(raw);
    const switchId = typeof (raw as { switchId?: unknown } | null)?.switchId === 'string' ? String((raw as { switchId: string }).switchId).slice(0, 64) : 'unknown';
    if (!message.success) return reply({ ready: false, switchId, reason: `prepare refused: ${message.error.issues[0]?.message ?? 'malformed'}` });
    const started = now();
    const prepared = store.getState().prepare(switchId, message.data.assignment, started);
    if (!prepared.ok) return reply({ ready: false, switchId, reason: prepared.reason });
    const channels = displayChannels(prepared.assignment.display);
    // Ready once its channels' data is applied and the hidden layer has been laid out (two frames).
    const check = () => {
      if (store.getState().pending?.switchId !== switchId) return reply({ ready: false, switchId, reason: 'another switch replaced it' });
      const have = store.getState().feed.channels;
      if (channels.every((channel) => have[channel] !== undefined) || now() - started >= dataWaitMs) {
        frame(() => frame(() => reply({ ready: true, switchId, preparedMs: Math.max(0, now() - started) })));
      } else frame(check);
    };
    frame(check);
  };

  const onCommit = (raw: unknown) => {
    const message = commitSchema.safeParse(raw);
    if (!message.success || store.getState().pending?.switchId !== message.data.switchId) return;
    const { switchId, at } = message.data;
    let done = false;
    const commit = (frameAt: number, viaFrame: boolean) => {
      if (done) return;
      done = true;
      let layoutVersion = '';
      flush(() => {
        store.getState().commitPending(switchId, now());
        layoutVersion = store.getState().assignment?.layout.version ?? '';
      });
      socket.emit('display:committed', { switchId, layoutVersion, frameAtLocal: frameAt, frameAtHub: frameAt + clock.offset, lateByMs: viaFrame ? frameAt + clock.offset - at : -1 });
      // The swap frame only flipped visibility; the old layer unmounts once that frame is on screen.
      const retire = setTimeout(() => store.getState().retire(), 500);
      timers.add(retire);
    };
    const onFrame = (epochMs: number) => {
      if (done) return;
      if (epochMs + clock.offset >= at) commit(epochMs, true);
      else frame(onFrame);
    };
    frame(onFrame);
    // A hidden page gets no frames: it still swaps, by the clock, shortly after T.
    const fallback = setTimeout(() => commit(pageNow(), false), Math.max(0, clock.toLocal(at) - pageNow()) + 250);
    timers.add(fallback);
  };

  const onAbort = (raw: unknown) => {
    const message = abortSchema.safeParse(raw);
    if (message.success) store.getState().abortPending(message.data.switchId);
  };

  const onReload = (raw: unknown) => {
    const message = reloadSchema.safeParse(raw);
    options.report?.('reload', message.success ? `the hub asked for a reload: ${message.data.reason}` : 'the hub asked for a reload');
    options.reload();
  };

  socket.on('display:prepare', onPrepare as never);
  socket.on('display:commit', onCommit as never);
  socket.on('display:abort', onAbort as never);
  socket.on('display:reload', onReload as never);
  return () => {
    for (const handle of frames) win.cancelAnimationFrame(handle);
    for (const timer of timers) clearTimeout(timer);
    socket.off('display:prepare', onPrepare as never);
    socket.off('display:commit', onCommit as never);
    socket.off('display:abort', onAbort as never);
    socket.off('display:reload', onReload as never);
  };
}

/** Pings the hub's clock: a few times at each connect, then every 15 s. Returns a function that stops it. */
export function startClockPings(socket: WallSocket, clock: ClockSync, now: () => number = Date.now): () => void {
  const timers: ReturnType<typeof setTimeout>[] = [];
  const ping = () => {
    if (!socket.connected) return;
    socket.timeout(2_000).emit('clock:ping', { sentAt: now() }, (error: Error | null, pong: unknown) => {
      if (!error) clock.take(pong);
    });
  };
  const burst = () => {
    for (let i = 0; i < 5; i++) timers.push(setTimeout(ping, i * 150));
  };
  socket.on('connect', burst);
  if (socket.connected) burst();
  const interval = setInterval(ping, 15_000);
  return () => {
    clearInterval(interval);
    for (const timer of timers) clearTimeout(timer);
    socket.off('connect', burst);
  };
}
