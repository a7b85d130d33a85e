import type { ViewState } from './view.js';
import type { RoomViewEvent } from '../wall/session.js';
import type { IceServer, RtcPayload } from './rtc.js';
import type { PresenterStatus } from './session.js';

/** Presenter protocol (DESIGN §5): hub ↔ a presenter's page (desk or tablet), on namespace `/presenter`. */
export const PRESENTER_NAMESPACE = '/presenter';

export * from './agenda.js';
export * from './rtc.js';
export * from './session.js';
export * from './shared-view.js';
export * from './view.js';

/** Largest view event or signal a page may send, as JSON. */
export const MAX_PRESENTER_MESSAGE_BYTES = 48 * 1024;

/** The wall's shape for the presenter's drawing surface: its displays as fractions of it. */
export interface WallShape {
  columns: number;
  rows: number;
  displays: { id: string; name: string; column: number; row: number }[];
}

export interface HubToPresenterEvents {
  'presenter:status': (status: PresenterStatus) => void;
  'presenter:wall': (wall: WallShape & { layoutId: string | null }) => void;
  'view:state': (view: ViewState) => void;
  'view:event': (event: RoomViewEvent) => void;
  /** From the other room's presenter page (`peer`) or one of this room's displays. */
  'rtc:signal': (signal: { from: { kind: 'peer' } | { kind: 'display'; displayId: string }; payload: RtcPayload }) => void;
  /** A display wants the other room's picture: the page offers it a connection. */
  'rtc:want': (want: { displayId: string }) => void;
  'rtc:config': (config: { iceServers: IceServer[]; offerer: boolean }) => void;
}

export interface PresenterToHubEvents {
  /** A CommandEnvelope (the console's session commands), answered (ack) with a CommandAnswer. */
  command: (envelope: unknown, answer: (answer: unknown) => void) => void;
  'view:event': (event: unknown) => void;
  'rtc:signal': (signal: unknown) => void;
  'media:quality': (quality: unknown) => void;
}
