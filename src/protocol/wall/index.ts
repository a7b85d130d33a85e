import type { DisplayAssignment } from './assignment.js';
import type { DataBatch, DataLink, DataResume, DataSnapshot } from './data.js';
import type { MapFocus } from './focus.js';
import type { RtcPayload } from '../presenter/rtc.js';
import type { RoomViewEvent, SessionView } from './session.js';
import type { DisplayHealth } from './health.js';
import type { AbortMessage, CommitMessage, CommittedReport, PrepareMessage, SelfReload } from './switch.js';

/** Wall protocol (DESIGN §4): hub ↔ one display page, on socket.io namespace `/wall`. */
export const WALL_NAMESPACE = '/wall';

export * from './assignment.js';
export * from './data.js';
export * from './focus.js';
export * from './health.js';
export * from './map-base.js';
export * from './session.js';
export * from './switch.js';

/** socket.io handshake `auth` of a display page. */
export interface WallAuth {
  credential: string;
  displayId: string;
  /** After a reconnect: the last data sequence seen per channel, so the hub sends only what was missed. */
  resume?: DataResume;
  /** A console's live view: signs in with a console credential, gets the display's assignment and data. */
  preview?: true;
}

export interface HubToWallEvents {
  'display:assignment': (assignment: DisplayAssignment) => void;
  'data:snapshot': (snapshot: DataSnapshot) => void;
  'data:batch': (batch: DataBatch) => void;
  'data:link': (link: DataLink) => void;
  /** Answered (ack) with a PrepareAnswer. */
  'display:prepare': (message: PrepareMessage, answer: (answer: unknown) => void) => void;
  'display:commit': (message: CommitMessage) => void;
  'display:abort': (message: AbortMessage) => void;
  'display:reload': (message: { reason: string }) => void;
  'map:focus': (focus: MapFocus) => void;
  'session:view': (view: SessionView) => void;
  'session:event': (event: RoomViewEvent) => void;
  /** From the room's presenter page, for the video panel. */
  'rtc:signal': (signal: { payload: RtcPayload }) => void;
}

export interface WallToHubEvents {
  'display:health': (health: DisplayHealth) => void;
  /** Answered (ack) with a ClockPong. */
  'clock:ping': (ping: { sentAt: number }, answer: (pong: unknown) => void) => void;
  'display:committed': (report: CommittedReport) => void;
  'display:self-reload': (report: SelfReload) => void;
  /** A picture of what the display shows (JPEG data URL), from the Electron shell's capture. */
  'display:thumbnail': (thumbnail: { jpeg: string; width: number; height: number }) => void;
  /** The video panel wants the other room's picture (from the room's presenter page). */
  'rtc:want': (want: unknown) => void;
  'rtc:signal': (signal: unknown) => void;
}
