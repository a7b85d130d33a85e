// Keeps one wall window's page alive: a crashed, hung or failed page is reloaded, with a back-off so
// a page that crashes at once (or a hub that is still starting) is not hammered. Every event is logged
// with the display id, so an operator can read in shell.log what happened to which screen.
import type { Logger } from '../log.js';
import type { WatchedContents } from './electron-api.js';
import { systemTimers, type Timers } from './timers.js';

export interface WatchdogPolicy {
  /** First retry delay; each further retry doubles it… */
  firstDelayMs: number;
  /** …up to this. */
  maxDelayMs: number;
  /** A page that stays loaded this long is healthy again: the next failure starts from firstDelayMs. */
  healthyAfterMs: number;
  /** How long a page may stay unresponsive (a long GC, a heavy frame) before its renderer is killed. */
  hangGraceMs: number;
}

export const DEFAULT_WATCHDOG_POLICY: WatchdogPolicy = { firstDelayMs: 1_000, maxDelayMs: 30_000, healthyAfterMs: 60_000, hangGraceMs: 10_000 };

/** Chromium's net::ERR_ABORTED: a load replaced by a newer one (our own reload), not a failure. */
const ERR_ABORTED = -3;

export interface WatchdogOptions {
  contents: WatchedContents;
  displayId: string;
  /** Loads the wall page again. */
  reload: () => void;
  logger: Logger;
  timers?: Timers;
  policy?: Partial<WatchdogPolicy>;
}

export interface Watchdog {
  /** Failures since the page was last healthy. */
  readonly failures: number;
  /** Stops every timer; later events are ignored (the window is gone). */
  dispose(): void;
}

export function backoffDelay(failures: number, policy: WatchdogPolicy = DEFAULT_WATCHDOG_POLICY): number {
  return Math.min(policy.firstDelayMs * 2 ** Math.max(0, failures - 1), policy.maxDelayMs);
}

export function watchRenderer(options: WatchdogOptions): Watchdog {
  const { contents, displayId, reload, logger } = options;
  const timers = options.timers ?? systemTimers;
  const policy = { ...DEFAULT_WATCHDOG_POLICY, ...options.policy };
  let failures = 0;
  let disposed = false;
  let reloadTimer: unknown = null;
  let hangTimer: unknown = null;
  let healthyTimer: unknown = null;

  const clear = (handle: unknown) => {
    if (handle !== null) timers.clearTimeout(handle);
    return null;
  };

  /** One retry at a time: a crash that follows our own forced kill must not schedule a second. */
  const scheduleReload = (cause: string, fields: Record<string, unknown>) => {
    healthyTimer = clear(healthyTimer);
    hangTimer = clear(hangTimer);
    if (reloadTimer !== null) {
      logger.info('wall-page-reload-already-pending', { display: displayId, cause, ...fields });
      return;
    }
    failures += 1;
    const delayMs = backoffDelay(failures, policy);
    logger.warn('wall-page-reload-scheduled', { display: displayId, cause, failures, delayMs, ...fields });
    reloadTimer = timers.setTimeout(() => {
      reloadTimer = null;
      if (disposed || contents.isDestroyed()) return;
      logger.info('wall-page-reloading', { display: displayId, cause, failures });
      reload();
    }, delayMs);
  };

  contents.on('render-process-gone', (_event, details) => {
    if (disposed) return;
    scheduleReload('render-process-gone', { reason: details.reason, exitCode: details.exitCode });
  });

  contents.on('did-fail-load', (_event, errorCode, errorDescription, validatedURL, isMainFrame) => {
    if (disposed || !isMainFrame || errorCode === ERR_ABORTED) return;
    scheduleReload('did-fail-load', { errorCode, errorDescription, url: validatedURL });
  });

  contents.on('unresponsive', () => {
    if (disposed || hangTimer !== null || reloadTimer !== null) return;
    logger.warn('wall-page-unresponsive', { display: displayId, graceMs: policy.hangGraceMs });
    hangTimer = timers.setTimeout(() => {
      hangTimer = null;
      if (disposed || contents.isDestroyed()) return;
      logger.error('wall-page-hung', { display: displayId, graceMs: policy.hangGraceMs, action: 'forcefully-crash-renderer' });
      // Killing the renderer emits render-process-gone later; the reload is scheduled here so it
      // does not depend on that event, and the event then finds the reload already pending.
      contents.forcefullyCrashRenderer();
      scheduleReload('unresponsive', { graceMs: policy.hangGraceMs });
    }, policy.hangGraceMs);
  });

  contents.on('responsive', () => {
    if (disposed || hangTimer === null) return;
    hangTimer = clear(hangTimer);
    logger.info('wall-page-responsive-again', { display: displayId });
  });

  contents.on('did-finish-load', () => {
    if (disposed || reloadTimer !== null) return;
    healthyTimer = clear(healthyTimer);
    if (failures === 0) return;
    healthyTimer = timers.setTimeout(() => {
      healthyTimer = null;
      logger.info('wall-page-healthy', { display: displayId, after: `${policy.healthyAfterMs} ms`, failures });
      failures = 0;
    }, policy.healthyAfterMs);
  });

  return {
    get failures() {
      return failures;
    },
    dispose() {
      disposed = true;
      reloadTimer = clear(reloadTimer);
      hangTimer = clear(hangTimer);
      healthyTimer = clear(healthyTimer);
    },
  };
}
