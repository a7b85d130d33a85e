import type { RejectionReason } from './feed/messages.js';
import type { Role } from './roles.js';
import type { DisplayHealth, UpstreamState } from './wall.js';

/** The room's link to the national backend, as the hub sees it. */
export interface UpstreamLinkStatus {
  state: UpstreamState;
  since: string;
  url: string | null;
  lastMessageAt: string | null;
  messagesPerS: number;
  observationsPerS: number;
  rejections: Record<RejectionReason, number>;
  duplicateItems: number;
  staleRevisions: number;
  duplicateBatches: number;
  gaps: number;
  resyncs: number;
}

/** Control protocol (DESIGN §4): hub ↔ console, on socket.io namespace `/control`. */
export const CONTROL_NAMESPACE = '/control';

export interface ControlAuth {
  credential: string;
}

export interface DisplayStatus {
  id: string;
  name: string;
  wallId: string;
  wallName: string;
  position?: { column: number; row: number };
  /** Open connections for this display id (0 = dark; more than 1 = shown twice). */
  connections: number;
  connectedSince: string | null;
  lastSeen: string | null;
  health: DisplayHealth | null;
  healthAt: string | null;
}

export interface RoomStatus {
  room: { id: string; name: string };
  hub: { version: string; startedAt: string; uptimeS: number };
  /** The active layout; `timeZone` is the room's, for showing times as the wall does. */
  layout: { id: string; name: string; version: string; timeZone: string };
  walls: { id: string; name: string; arrangement?: { columns: number; rows: number } }[];
  displays: DisplayStatus[];
  upstream: UpstreamLinkStatus;
  you: { credentialId: string; roles: Role[] };
}

export interface HubToControlEvents {
  'room:status': (status: RoomStatus) => void;
}

export type ControlToHubEvents = Record<string, never>;

/** `GET /healthz`. */
export interface HealthReport {
  status: 'ok';
  version: string;
  uptimeS: number;
  room: { id: string; name: string };
  layout: { id: string; version: string };
  displays: { expected: number; connected: number; connectedIds: string[] };
  upstream: UpstreamLinkStatus;
}
