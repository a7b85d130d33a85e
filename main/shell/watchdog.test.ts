import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeSession, FakeWebContents } from './testing/fake-electron.js';
import { recordingLogger } from '../testing/recording-logger.js';
import { backoffDelay, watchRenderer } from './watchdog.js';

function setup() {
  const contents = new FakeWebContents(new FakeSession());
  const logger = recordingLogger();
  const reloads: number[] = [];
  const watchdog = watchRenderer({
    contents,
    displayId: 'main-2',
    reload: () => {
      reloads.push(Date.now());
      contents.loadURL('http://hub/wall?display=main-2').catch(() => {});
    },
    logger,
  });
  return { contents, logger, reloads, watchdog };
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('backoffDelay', () => {
  it('doubles from 1 s and stops at 30 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map((failures) => backoffDelay(failures))).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });
});

describe('watchRenderer', () => {
  it('reloads a crashed page after 1 s, then 2 s, then 4 s when it keeps crashing', () => {
    const { contents, reloads } = setup();
    contents.crash();
    vi.advanceTimersByTime(999);
    expect(reloads).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(reloads).toEqual([1_000]);

    contents.crash('oom');
    vi.advanceTimersByTime(1_999);
    expect(reloads).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(reloads).toEqual([1_000, 3_000]);

    contents.crash();
    vi.advanceTimersByTime(4_000);
    expect(reloads).toEqual([1_000, 3_000, 7_000]);
  });

  it('never waits more than 30 s', () => {
    const { contents, reloads, watchdog } = setup();
    for (let i = 0; i < 8; i++) {
      contents.crash();
      vi.advanceTimersByTime(30_000);
    }
    expect(watchdog.failures).toBe(8);
    expect(reloads.at(-1)! - reloads.at(-2)!).toBe(30_000);
  });

  it('starts again from 1 s once the page has stayed loaded for 60 s', () => {
    const { contents, reloads, watchdog } = setup();
    contents.crash();
    vi.advanceTimersByTime(1_000);
    contents.crash();
    vi.advanceTimersByTime(2_000);
    expect(watchdog.failures).toBe(2);
    contents.finishLoad();
    vi.advanceTimersByTime(59_999);
    expect(watchdog.failures).toBe(2);
    vi.advanceTimersByTime(1);
    expect(watchdog.failures).toBe(0);

    const before = reloads.length;
    contents.crash();
    vi.advanceTimersByTime(1_000);
    expect(reloads).toHaveLength(before + 1);
  });

  it('keeps backing off when the page crashes again before it is healthy', () => {
    const { contents, reloads } = setup();
    contents.crash();
    vi.advanceTimersByTime(1_000);
    contents.finishLoad();
    vi.advanceTimersByTime(30_000);
    contents.crash();
    vi.advanceTimersByTime(1_999);
    expect(reloads).toEqual([1_000]);
    vi.advanceTimersByTime(1);
    expect(reloads).toEqual([1_000, 33_000]);
  });

  it('kills a page still unresponsive after 10 s, then reloads it once', async () => {
    const { contents, reloads, logger } = setup();
    contents.hang();
    vi.advanceTimersByTime(9_999);
    expect(contents.forcedCrashes).toBe(0);
    vi.advanceTimersByTime(1);
    expect(contents.forcedCrashes).toBe(1);
    await Promise.resolve(); // Electron then reports the kill as render-process-gone
    expect(logger.find('wall-page-reload-already-pending')?.fields).toMatchObject({ display: 'main-2', reason: 'killed' });
    vi.advanceTimersByTime(1_000);
    expect(reloads).toEqual([11_000]);
    vi.advanceTimersByTime(60_000);
    expect(reloads).toEqual([11_000]);
  });

  it('counts the grace from the first report and kills a hung page once', () => {
    const { contents, reloads, logger } = setup();
    contents.hang();
    vi.advanceTimersByTime(6_000);
    contents.hang();
    vi.advanceTimersByTime(4_000);
    expect(contents.forcedCrashes).toBe(1);
    vi.advanceTimersByTime(30_000);
    expect(contents.forcedCrashes).toBe(1);
    expect(reloads).toEqual([11_000]);
    expect(logger.events('warn').filter((e) => e === 'wall-page-unresponsive')).toHaveLength(1);
  });

  it('does not kill a page that is already waiting to be reloaded', () => {
    const { contents, reloads } = setup();
    contents.crash();
    contents.hang();
    vi.advanceTimersByTime(1_000);
    contents.finishLoad();
    vi.advanceTimersByTime(30_000);
    expect(contents.forcedCrashes).toBe(0);
    expect(reloads).toEqual([1_000]);
  });

  it('leaves a page alone when it becomes responsive within the grace period', () => {
    const { contents, reloads, logger } = setup();
    contents.hang();
    vi.advanceTimersByTime(5_000);
    contents.recover();
    vi.advanceTimersByTime(60_000);
    expect(contents.forcedCrashes).toBe(0);
    expect(reloads).toEqual([]);
    expect(logger.events()).toEqual(['wall-page-unresponsive', 'wall-page-responsive-again']);
  });

  it('retries a failed main-frame load with the same back-off, ignoring subframes and aborted loads', () => {
    const { contents, reloads } = setup();
    contents.loadURL('http://hub/wall?display=main-2').catch(() => {});
    contents.failLoad(-102, 'ERR_CONNECTION_REFUSED');
    vi.advanceTimersByTime(1_000);
    expect(reloads).toEqual([1_000]);
    contents.failLoad(-102, 'ERR_CONNECTION_REFUSED');
    vi.advanceTimersByTime(2_000);
    expect(reloads).toEqual([1_000, 3_000]);

    contents.emit('did-fail-load', {}, -3, 'ERR_ABORTED', 'http://hub/wall', true);
    contents.emit('did-fail-load', {}, -105, 'ERR_NAME_NOT_RESOLVED', 'http://elsewhere/frame', false);
    vi.advanceTimersByTime(60_000);
    expect(reloads).toEqual([1_000, 3_000]);
  });

  it('logs every event with the display id', async () => {
    const { contents, logger } = setup();
    contents.crash();
    vi.advanceTimersByTime(1_000);
    contents.failLoad();
    vi.advanceTimersByTime(2_000);
    contents.hang();
    vi.advanceTimersByTime(10_000);
    await Promise.resolve();
    vi.advanceTimersByTime(4_000);
    expect(logger.entries.length).toBeGreaterThan(6);
    for (const entry of logger.entries) expect(entry.fields.display).toBe('main-2');
    expect(logger.find('wall-page-reload-scheduled')?.fields).toMatchObject({ cause: 'render-process-gone', reason: 'crashed', exitCode: 139, delayMs: 1_000 });
    expect(logger.find('wall-page-hung')?.level).toBe('error');
  });

  it('does nothing more once disposed (the window is gone)', () => {
    const { contents, reloads, watchdog } = setup();
    contents.crash();
    watchdog.dispose();
    vi.advanceTimersByTime(60_000);
    contents.crash();
    contents.hang();
    vi.advanceTimersByTime(60_000);
    expect(reloads).toEqual([]);
    expect(contents.forcedCrashes).toBe(0);
  });
});
