import { describe, expect, it } from 'vitest';
import { LatestPerFrame } from './frame-scheduler.js';

function frames() {
  const queue = new Map<number, () => void>();
  let next = 1;
  return {
    request: (callback: () => void) => {
      queue.set(next, callback);
      return next++;
    },
    cancel: (handle: number) => void queue.delete(handle),
    run() {
      const callbacks = [...queue.values()];
      queue.clear();
      for (const callback of callbacks) callback();
    },
    get pending() {
      return queue.size;
    },
  };
}

describe('LatestPerFrame', () => {
  it('applies only the newest of many values pushed within one frame, once', () => {
    const clock = frames();
    const applied: number[] = [];
    const scheduler = new LatestPerFrame<number>((value) => applied.push(value), clock.request, clock.cancel);
    for (let i = 0; i < 50; i++) scheduler.push(i);
    expect(clock.pending).toBe(1);
    expect(applied).toEqual([]);
    clock.run();
    expect(applied).toEqual([49]);
    clock.run();
    expect(applied).toEqual([49]);
  });

  it('applies one value per frame while values keep coming', () => {
    const clock = frames();
    const applied: number[] = [];
    const scheduler = new LatestPerFrame<number>((value) => applied.push(value), clock.request, clock.cancel);
    scheduler.push(1);
    clock.run();
    scheduler.push(2);
    scheduler.push(3);
    clock.run();
    expect(applied).toEqual([1, 3]);
  });

  it('applies nothing after it is disposed', () => {
    const clock = frames();
    const applied: number[] = [];
    const scheduler = new LatestPerFrame<number>((value) => applied.push(value), clock.request, clock.cancel);
    scheduler.push(1);
    scheduler.dispose();
    clock.run();
    expect(applied).toEqual([]);
  });
});
