import type { StateCreator } from 'zustand/vanilla';

/** Longest error text kept and reported (the wire limit of DisplayHealth.lastError). */
export const MAX_ERROR_LENGTH = 500;

/**
 * Errors seen by this page since it loaded. Only a count and the latest message are kept, so a panel
 * that throws every second for a week costs no memory.
 */
export interface HealthSlice {
  health: { errors: number; lastError: string | null; lastErrorAt: number | null };
  reportError(source: string, error: unknown, now: number): void;
}

export const createHealthSlice: StateCreator<HealthSlice> = (set) => ({
  health: { errors: 0, lastError: null, lastErrorAt: null },
  reportError: (source, error, now) =>
    set(({ health }) => ({
      health: { errors: health.errors + 1, lastError: describeError(source, error), lastErrorAt: now },
    })),
});

export function describeError(source: string, error: unknown): string {
  let message: string;
  if (error instanceof Error) message = `${error.name}: ${error.message}`;
  else if (typeof error === 'string') message = error;
  else {
    try {
      message = JSON.stringify(error) ?? String(error);
    } catch {
      message = String(error);
    }
  }
  const text = `${source}: ${message}`;
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text;
}
