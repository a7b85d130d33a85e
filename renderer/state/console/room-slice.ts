import type { StateCreator } from 'zustand/vanilla';
import type { RoomStatus } from '../../../src/protocol/control/index.js';

/** The console's picture of the room: the last 'room:status' from the hub, kept through a disconnect. */
export interface RoomSlice {
  room: RoomStatus | null;
  /** When the status arrived (local clock), to advance uptime and "ago" labels between updates. */
  roomAt: number | null;
  roomUpdated(status: RoomStatus, now: number): void;
  roomCleared(): void;
}

export const createRoomSlice: StateCreator<RoomSlice> = (set) => ({
  room: null,
  roomAt: null,
  roomUpdated: (status, now) => set({ room: status, roomAt: now }),
  roomCleared: () => set({ room: null, roomAt: null }),
});
