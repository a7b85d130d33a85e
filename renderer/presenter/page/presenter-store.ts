import { create } from 'zustand';
import type { CommandAnswer } from '../../../src/protocol/control/commands.js';
import type { IceServer, PresenterStatus, WallShape } from '../../../src/protocol/presenter/index.js';

export type Connection = 'connecting' | 'connected' | 'lost' | 'refused';

export interface PresenterState {
  credential: string | null;
  connection: Connection;
  refusal: string | null;
  status: PresenterStatus | null;
  wall: (WallShape & { layoutId: string | null }) | null;
  rtc: { iceServers: IceServer[]; offerer: boolean };
  locale: 'vi-VN' | 'en-GB';
  /** The last command's refusal, in the hub's words. */
  problem: string | null;
  send: (name: string, payload: unknown) => Promise<CommandAnswer>;
  signIn(credential: string): void;
  signOut(refusal: string | null): void;
}

export const usePresenter = create<PresenterState>()((set) => ({
  credential: null,
  connection: 'connecting',
  refusal: null,
  status: null,
  wall: null,
  rtc: { iceServers: [], offerer: false },
  locale: 'vi-VN',
  problem: null,
  send: () => Promise.resolve({ ok: false, code: 'failed', reason: 'not connected to the hub' }),
  signIn: (credential) => set({ credential, refusal: null, connection: 'connecting' }),
  signOut: (refusal) => set({ credential: null, refusal, status: null, wall: null }),
}));
