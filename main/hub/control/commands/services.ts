import type { AuditLog } from '../../audit/audit-log.js';
import type { AlertCenter } from '../../alerts/alert-center.js';
import type { LayoutLibraryWatcher } from '../../room/library.js';
import type { PlaylistRunner } from '../../room/playlists.js';
import type { RoomControl } from '../../room/room-control.js';
import type { RoomStore } from '../../room/room-store.js';
import type { Scheduler } from '../../room/schedules.js';
import type { PresenterSessions } from '../../session/presenter-sessions.js';
import type { SignIns } from '../sign-ins.js';

/** What the command handlers act on. */
export interface ControlServices {
  control: RoomControl;
  library: LayoutLibraryWatcher;
  store: RoomStore;
  playlists: PlaylistRunner;
  scheduler: Scheduler;
  alerts: AlertCenter;
  audit: AuditLog;
  signIns: SignIns;
  sessions: PresenterSessions;
  /** Tells every console the playlists and schedules changed. */
  plansChanged(): void;
}
