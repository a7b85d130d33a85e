import type { StateCreator } from 'zustand/vanilla';

/**
 * The hub connection as the screen shows it. `since` is when the current state began: for
 * "reconnecting" it is when the connection was lost, and failed attempts do not move it.
 */
export type ConnectionState =
  | { status: 'connecting'; since: number }
  | { status: 'connected'; since: number }
  | { status: 'reconnecting'; since: number; lastError: string | null }
  | { status: 'refused'; since: number; refusal: Refusal; retryAt: number | null };

/** A refusal as the hub sent it; `code` is usually a ConnectRefusalCode, but a newer hub may send others. */
export interface Refusal {
  code: string;
  message: string;
}

export interface ConnectionSlice {
  connection: ConnectionState;
  connectionOpened(now: number): void;
  /** The connection dropped, or an attempt failed for a transport reason (the client keeps retrying). */
  connectionLost(now: number, reason: string): void;
  /** The hub refused us (err.data of connect_error); `retryAt` is when we try again, if we do. */
  connectionRefused(refusal: Refusal, now: number, retryAt: number | null): void;
  /** A fresh start (sign-in, or a manual retry after a refusal). */
  connectionStarted(now: number): void;
}

export const createConnectionSlice: StateCreator<ConnectionSlice> = (set) => ({
  connection: { status: 'connecting', since: Date.now() },
  connectionOpened: (now) => set({ connection: { status: 'connected', since: now } }),
  connectionLost: (now, reason) =>
    set(({ connection }) => {
      // Keep the moment the trouble began: a string of failed attempts is one outage.
      const since = connection.status === 'reconnecting' || connection.status === 'refused' ? connection.since : now;
      return { connection: { status: 'reconnecting', since, lastError: reason } };
    }),
  connectionRefused: (refusal, now, retryAt) =>
    set(({ connection }) => {
      const since = connection.status === 'refused' && connection.refusal.code === refusal.code ? connection.since : now;
      return { connection: { status: 'refused', since, refusal, retryAt } };
    }),
  connectionStarted: (now) => set({ connection: { status: 'connecting', since: now } }),
});
