/**
 * A once-a-second clock aligned to the turn of the second, shared by the parts of one clock panel.
 * It runs only while something listens, so an unmounted panel leaves no timer behind.
 */
export interface SecondTicker {
  subscribe(listener: () => void): () => void;
  now(): Date;
}

export function createSecondTicker(clock: () => number = Date.now): SecondTicker {
  const listeners = new Set<() => void>();
  let current = new Date(clock());
  let timer: ReturnType<typeof setTimeout> | undefined;

  const schedule = () => {
    // Wake just after the next whole second, so the displayed second never lags behind.
    const delay = 1000 - (clock() % 1000) + 2;
    timer = setTimeout(() => {
      current = new Date(clock());
      for (const listener of listeners) listener();
      schedule();
    }, delay);
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) {
        current = new Date(clock());
        schedule();
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          clearTimeout(timer);
          timer = undefined;
        }
      };
    },
    now: () => current,
  };
}
