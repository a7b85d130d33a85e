import type { RoomStatus } from './status.js';

/** Control protocol (DESIGN §4): hub ↔ console, on socket.io namespace `/control`. */
export const CONTROL_NAMESPACE = '/control';

export * from './status.js';

export interface ControlAuth {
  credential: string;
}

export interface HubToControlEvents {
  'room:status': (status: RoomStatus) => void;
}

export type ControlToHubEvents = Record<string, never>;
