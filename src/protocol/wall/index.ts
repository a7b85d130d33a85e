import type { DisplayAssignment } from './assignment.js';
import type { DataBatch, DataLink, DataResume, DataSnapshot } from './data.js';
import type { DisplayHealth } from './health.js';

/** Wall protocol (DESIGN §4): hub ↔ one display page, on socket.io namespace `/wall`. */
export const WALL_NAMESPACE = '/wall';

export * from './assignment.js';
export * from './data.js';
export * from './health.js';

/** socket.io handshake `auth` of a display page. */
export interface WallAuth {
  credential: string;
  displayId: string;
  /** After a reconnect: the last data sequence seen per channel, so the hub sends only what was missed. */
  resume?: DataResume;
}

export interface HubToWallEvents {
  'display:assignment': (assignment: DisplayAssignment) => void;
  'data:snapshot': (snapshot: DataSnapshot) => void;
  'data:batch': (batch: DataBatch) => void;
  'data:link': (link: DataLink) => void;
}

export interface WallToHubEvents {
  'display:health': (health: DisplayHealth) => void;
}
