import type { AlertProposal } from './alerts.js';
import type { Library } from './library.js';
import type { Playlist, Schedule } from './plans.js';
import type { RoomStatus } from './status.js';
import type { SwitchProgress } from './switching.js';

/** Control protocol (DESIGN §4): hub ↔ console, on socket.io namespace `/control`. */
export const CONTROL_NAMESPACE = '/control';

export * from './alerts.js';
export * from './commands.js';
export * from './library.js';
export * from './plans.js';
export * from './status.js';
export * from './switching.js';

export interface ControlAuth {
  credential: string;
}

export interface HubToControlEvents {
  'room:status': (status: RoomStatus) => void;
  'room:library': (library: Library) => void;
  'room:plans': (plans: { playlists: Playlist[]; schedules: Schedule[] }) => void;
  'room:switch': (progress: SwitchProgress) => void;
  'room:thumbnail': (thumbnail: { displayId: string; at: number; jpeg: string }) => void;
  'alert:proposed': (alert: AlertProposal) => void;
  /** The sign-in ended (idle too long, revoked, credential barred): the console signs out and says why. */
  'signin:ended': (ended: { reason: 'expired' | 'revoked' | 'barred'; message: string }) => void;
}

export interface ControlToHubEvents {
  /** A CommandEnvelope, answered (ack) with a CommandAnswer. */
  command: (envelope: unknown, answer: (answer: unknown) => void) => void;
}
