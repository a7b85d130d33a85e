/**
 * The hub's clock, handed to everything that runs on time (switch commits, playlists, schedules,
 * sign-in expiry), so tests can move it by hand.
 */
export interface HubClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: HubClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/**
 * A clock that runs from a given start at a given rate against real time: e2e tests start the hub
 * at 07:29:50 on a Monday to see the 07:30 schedule fire, without waiting for a real Monday.
 */
export function offsetClock(startAt: number, rate = 1): HubClock {
  const realStart = Date.now();
  const now = () => startAt + (Date.now() - realStart) * rate;
  return {
    now,
    setTimeout: (callback, ms) => setTimeout(callback, Math.max(0, ms / rate)),
    clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
  };
}
