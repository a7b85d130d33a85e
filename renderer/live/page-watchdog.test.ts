import { describe, expect, it } from 'vitest';
import { FPS_RELOAD_COOLDOWN_MS, FPS_SAMPLES, PageWatchdog, sessionMemory } from './page-watchdog.js';

function storage() {
  const items = new Map<string, string>();
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
}

const slow = (now: number) => ({ fps: 1, heapMB: 200, visible: true, now });

describe('the page watchdog', () => {
  it('reloads a page whose heap passed the limit', () => {
    expect(new PageWatchdog().observe({ fps: 60, heapMB: 2_000, visible: true, now: 0 })).toMatchObject({ reason: 'heap' });
  });

  it('reloads a visible page whose frame rate stayed under the floor for several samples, not a hidden one', () => {
    const watchdog = new PageWatchdog(sessionMemory(storage()));
    for (let i = 1; i < FPS_SAMPLES; i++) expect(watchdog.observe(slow(i))).toBeNull();
    expect(watchdog.observe(slow(FPS_SAMPLES))).toMatchObject({ reason: 'fps' });
    const hidden = new PageWatchdog(sessionMemory(storage()));
    for (let i = 0; i < FPS_SAMPLES * 2; i++) expect(hidden.observe({ ...slow(i), visible: false })).toBeNull();
  });

  it('reloads for the frame rate at most once in the cool-down, even across the reload: a slow PC stays slow', () => {
    const memory = sessionMemory(storage());
    const first = new PageWatchdog(memory);
    let verdict = null;
    for (let i = 0; i < FPS_SAMPLES; i++) verdict = first.observe(slow(1_000 + i));
    expect(verdict).toMatchObject({ reason: 'fps' });
    // The page after the reload: same tab, same memory.
    const second = new PageWatchdog(memory);
    for (let i = 0; i < FPS_SAMPLES * 3; i++) expect(second.observe(slow(60_000 + i))).toBeNull();
    let later = null;
    for (let i = 0; i < FPS_SAMPLES; i++) later = second.observe(slow(1_000 + FPS_RELOAD_COOLDOWN_MS + i));
    expect(later).toMatchObject({ reason: 'fps' });
  });
});
