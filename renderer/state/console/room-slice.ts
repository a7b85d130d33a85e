import type { StateCreator } from 'zustand/vanilla';
import type { AlertProposal, Library, Playlist, RoomStatus, Schedule, SwitchProgress } from '../../../src/protocol/control/index.js';

/**
 * The console's picture of the room, as the hub last told it (kept through a disconnect): the status,
 * the layout library, the playlists and schedules, each display's latest picture, the switch under way.
 */
export interface RoomSlice {
  room: RoomStatus | null;
  /** When the status arrived (local clock), to advance uptime and "ago" labels between updates. */
  roomAt: number | null;
  library: Library | null;
  plans: { playlists: Playlist[]; schedules: Schedule[] } | null;
  pictures: Readonly<Record<string, { jpeg: string; at: number }>>;
  switching: SwitchProgress | null;
  roomUpdated(status: RoomStatus, now: number): void;
  libraryUpdated(library: Library): void;
  plansUpdated(plans: { playlists: Playlist[]; schedules: Schedule[] }): void;
  pictureUpdated(displayId: string, picture: { jpeg: string; at: number }): void;
  switchUpdated(progress: SwitchProgress): void;
  alertUpdated(alert: AlertProposal): void;
  roomCleared(): void;
}

export const createRoomSlice: StateCreator<RoomSlice> = (set) => ({
  room: null,
  roomAt: null,
  library: null,
  plans: null,
  pictures: {},
  switching: null,
  roomUpdated: (status, now) => set({ room: status, roomAt: now, switching: status.switching }),
  libraryUpdated: (library) => set({ library }),
  plansUpdated: (plans) => set({ plans }),
  pictureUpdated: (displayId, picture) => set(({ pictures }) => ({ pictures: { ...pictures, [displayId]: picture } })),
  switchUpdated: (progress) => set({ switching: progress }),
  alertUpdated: (alert) =>
    set(({ room }) => {
      if (!room) return {};
      const others = room.alerts.filter((candidate) => candidate.id !== alert.id);
      return { room: { ...room, alerts: [alert, ...others].sort((a, b) => b.at - a.at) } };
    }),
  roomCleared: () => set({ room: null, roomAt: null, library: null, plans: null, pictures: {}, switching: null }),
});
