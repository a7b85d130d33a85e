import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { WALL_NAMESPACE } from '../../src/protocol/wall/index.js';
import type { Role } from '../../src/protocol/roles.js';
import { appRoot, appVersion } from '../config/app-root.js';
import type { RoomConfig } from '../config/load.js';
import { createLogger, type Logger } from '../log.js';
import { AlertCenter } from './alerts/alert-center.js';
import { AuditLog } from './audit/audit-log.js';
import { CredentialStore } from './auth/credentials.js';
import { InvalidEvents } from './auth/invalid-events.js';
import { SignInThrottle } from './auth/rate-limit.js';
import { RefusalLog } from './auth/refusal-log.js';
import { commandHandlers } from './control/commands/index.js';
import { attachControlNamespace } from './control/namespace.js';
import { CommandRouter } from './control/router.js';
import { SignIns } from './control/sign-ins.js';
import { openHubDatabases } from './db.js';
import { DataService } from './feed/data-service.js';
import { FeedStore } from './feed/feed-store.js';
import { handleHttpRequest } from './http-routes.js';
import { systemClock, type HubClock } from './room/clock.js';
import { LayoutLibraryWatcher } from './room/library.js';
import { PlaylistRunner } from './room/playlists.js';
import { MapFocusBoard } from './room/map-focus.js';
import { RoomControl } from './room/room-control.js';
import { RoomState } from './room/room-state.js';
import { RoomStore } from './room/room-store.js';
import { Scheduler } from './room/schedules.js';
import { SwitchCoordinator, type SwitchOptions } from './room/switch.js';
import { topologyOf } from './room/topology.js';
import { createHubServer, listen } from './server.js';
import { WallFanout } from './wall/fanout.js';
import { MediaCache } from './media/media-cache.js';
import { attachWallNamespace } from './wall/namespace.js';
import { readSecret } from '../config/load.js';
import { RoomLinks } from './link/room-links.js';
import { MediaDesk } from './session/media-desk.js';
import { attachPresenterNamespace } from './session/presenter-namespace.js';
import { PresenterSessions } from './session/presenter-sessions.js';
import { displayViewports } from './session/viewports.js';
import { WallSession } from './session/wall-session.js';

export interface StartHubOptions {
  config: RoomConfig;
  logger?: Logger;
  /** The built renderer (dist/renderer); defaults to the app's own. */
  rendererDir?: string;
  /** The hub's clock (tests move it); default the system's. */
  clock?: HubClock;
  switchOptions?: Partial<SwitchOptions>;
  /** Link back-off and ping interval (tests shorten them). */
  linkOptions?: { backoff?: { firstMs: number; mostMs: number }; pingEveryMs?: number };
}

export interface RunningHub {
  url: string;
  wallUrl(displayId: string): string;
  consoleUrl: string;
  room: RoomState;
  control: RoomControl;
  switches: SwitchCoordinator;
  playlists: PlaylistRunner;
  audit: AuditLog;
  data: DataService;
  fanout: WallFanout;
  sessions: PresenterSessions;
  links: RoomLinks;
  presenterUrl: string;
  addEphemeralCredential(id: string, roles: Role[]): string;
  close(): Promise<void>;
}

/** Starts the room hub: HTTP + socket.io on the configured address. Plain Node: never imports electron. */
export async function startHub(options: StartHubOptions): Promise<RunningHub> {
  const { config } = options;
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger({ dir: join(config.dataDir, 'logs'), name: 'hub' }, 'hub');
  const rendererDir = options.rendererDir ?? join(appRoot, 'dist', 'renderer');
  const base = config.library.layouts.get(config.layouts.active);
  if (!base) throw new Error(`active layout "${config.layouts.active}" is not in ${config.layouts.dir}`);

  // One owner per resource: the databases are opened here, handed out, and closed last.
  const databases = openHubDatabases(config.dataDir, logger);
  const audit = new AuditLog(databases.room, () => clock.now());
  const roomStore = new RoomStore(databases.room);
  const topology = topologyOf(base.layout);
  const library = new LayoutLibraryWatcher(config.layouts.dir, config.library, topology, logger.child('library'));
  const room = new RoomState(config.room, topology, base, library, roomStore, clock, appVersion, config.map.base);
  const system = { kind: 'system' as const, id: null, roles: [] };
  audit.record({ actor: system, action: 'hub.started', summary: { version: appVersion, room: config.room.id, chainHead: audit.chainHead().hash }, result: 'done' });
  if (databases.roomDamaged) audit.record({ actor: system, action: 'room-store.damaged', summary: databases.roomDamaged, result: 'failed', reason: databases.roomDamaged.reason });

  const credentials = new CredentialStore(config.credentials);
  const throttle = new SignInThrottle();
  const refusals = new RefusalLog(logger);
  const store = new FeedStore(databases.cache);
  const data = new DataService(config, store, logger);
  // eslint-disable-next-line prefer-const -- assigned below: the media cache tells the fan-out when a file is ready
  let fanout: WallFanout;
  const media = new MediaCache({
    dir: join(config.dataDir, 'media'),
    logger: logger.child('media'),
    // A file is kept: the reports that name it go to the walls again, now with it (received now, so they replace the copies without it).
    onReady: (url) => {
      const receivedAt = new Date(clock.now()).toISOString();
      for (const [channel, report] of store.reportsNaming(url)) fanout.publish(channel, { observations: [], reports: [{ ...report, receivedAt }], retracted: [] });
    },
  });
  const { server, io } = createHubServer(config, handleHttpRequest.bind(null, { rendererDir, room, upstream: () => data.status(), media }), refusals);
  fanout = new WallFanout(
    io.of(WALL_NAMESPACE),
    store,
    data.status().state,
    undefined,
    (socket, lagging) => logger.warn(lagging ? 'wall.lagging' : 'wall.caught-up', { displayId: (socket.data as { displayId?: string }).displayId }),
    (report) => media.view(report),
  );
  data.listen(fanout);
  const deps = { credentials, throttle, refusals, logger };
  const mapFocus = new MapFocusBoard(room);
  let control: ReturnType<typeof attachControlNamespace> | null = null;
  const self = { id: config.room.id, name: config.room.name };
  const links = new RoomLinks({ io, self, rooms: config.links.rooms, throttle, refusals, logger: logger.child('link'), audit, readSecret, ...options.linkOptions });
  // Assigned below: the displays' session layer needs the sessions, which need the room control.
  let wallSession: WallSession | null = null;
  // eslint-disable-next-line prefer-const -- assigned below: the wall namespace and the coordinator need each other
  let switches: SwitchCoordinator;
  const sockets = attachWallNamespace(io, {
    ...deps,
    invalidEvents: new InvalidEvents(refusals, logger),
    room,
    clock,
    fanout,
    onCommitted: (displayId, report) => switches.committed(displayId, report),
    onSelfReload: (displayId, credentialId, address, report) => {
      logger.warn('wall.self-reload', { displayId, ...report });
      audit.record({ actor: { kind: 'device', id: credentialId, roles: ['wall'], address }, action: 'display.reloaded', summary: { displayId, by: 'its watchdog', ...report }, result: 'done' });
    },
    onThumbnail: (displayId, jpeg, at) => control?.thumbnail(displayId, jpeg, at),
    mapFocus,
    onDisplaySocket: (socket, displayId, preview, invalid) => wallSession?.attach(socket, displayId, preview, invalid),
  });
  switches = new SwitchCoordinator(
    room,
    sockets,
    fanout,
    clock,
    logger.child('switch'),
    (result, request) => {
      audit.record({
        actor: system,
        action: 'switch.result',
        summary: { switchId: result.switchId, what: request.what, by: request.actor.id, committed: result.committed, kept: result.kept },
        result: result.state === 'failed' ? 'failed' : 'done',
        reason: result.kept.length > 0 ? `kept their layout: ${result.kept.map((k) => `${k.displayId} (${k.reason})`).join('; ')}` : null,
      });
    },
    options.switchOptions,
  );
  const roomControl = new RoomControl(room, library, switches, sockets, mapFocus);
  const sessions = new PresenterSessions({
    self,
    links,
    control: roomControl,
    room,
    mapFocus,
    audit,
    clock,
    logger: logger.child('session'),
    sessionLayout: config.presenter.sessionLayout,
    agendas: config.presenter.agendas,
    graceMs: config.links.graceSeconds * 1000,
    inviteMs: config.links.inviteSeconds * 1000,
  });
  const desk = new MediaDesk((displayId) => sockets.socketsOf(displayId));
  wallSession = new WallSession(io, sessions, desk, displayViewports(room.topology), self);
  const playlists = new PlaylistRunner(roomStore, clock, (target, layoutId, why) => runQuietly(() => roomControl.show(target, layoutId, { kind: 'system', id: 'playlist', roles: [] }, why)), logger.child('playlists'));
  const scheduler = new Scheduler(
    roomStore,
    clock,
    room.timeZone,
    (schedule) => {
      const actor = { kind: 'system' as const, id: `schedule:${schedule.id}`, roles: [] };
      audit.record({ actor, action: 'schedule.began', summary: { schedule: schedule.id, name: schedule.name, action: schedule.action }, result: 'done' });
      if (schedule.action.kind === 'playlist') {
        const playlist = roomStore.playlists().find((p) => p.id === (schedule.action as { playlistId: string }).playlistId);
        if (playlist) playlists.start(playlist, actor.id);
      } else {
        playlists.stopOnTarget(schedule.target);
        runQuietly(() => roomControl.show(schedule.target, (schedule.action as { layoutId: string }).layoutId, actor, `schedule ${schedule.name}`));
      }
    },
    logger.child('schedules'),
  );
  const alerts = new AlertCenter(config.alerts, store, () => roomControl, audit, clock, logger.child('alerts'));
  data.listen(alerts);
  const signIns = new SignIns(clock, config.console.idleSignOutMinutes === null ? null : config.console.idleSignOutMinutes * 60_000, roomStore, (signIn, why) => control?.endSignIn(signIn, why));
  const router = new CommandRouter(
    commandHandlers({ control: roomControl, library, store: roomStore, playlists, scheduler, alerts, audit, signIns, sessions, plansChanged: () => control?.plansChanged() }),
    audit,
    logger.child('control'),
    () => clock.now(),
  );
  control = attachControlNamespace(io, { ...deps, room, library, store: roomStore, switches, playlists, alerts, signIns, router, audit, upstream: () => data.status(), storeDamaged: databases.roomDamaged, mapFocus,
    presenter: {
      session: () => sessions.status(),
      links: () => links.status(),
      onChange: (listener) => {
        const stops = [sessions.subscribe({ status: listener }), links.onChange(listener)];
        return () => stops.forEach((stop) => stop());
      },
    },
  });
  const presenterPages = attachPresenterNamespace(io, { ...deps, self, invalidEvents: new InvalidEvents(refusals, logger), signIns, router, audit, sessions, links, desk, room, agendas: config.presenter.agendas, iceServers: config.links.iceServers });
  // Layout files edited on disk reach the displays showing them (a two-phase switch to the new version).
  library.onReload((reloaded) => {
    for (const displayId of room.displayIds()) {
      const shown = room.shownOn(displayId);
      const fresh = shown ? reloaded.layouts.get(shown.loaded.layout.id) : undefined;
      if (!shown || !fresh || fresh.version === shown.loaded.version) continue;
      runQuietly(() => roomControl.show({ kind: 'display', displayId }, fresh.layout.id, system, 'its file changed'));
    }
  });

  function runQuietly(action: () => unknown): void {
    try {
      action();
    } catch (error) {
      logger.warn('room.action-refused', { reason: (error as Error).message });
    }
  }

  const closeAll = async () => {
    control?.close();
    presenterPages.close();
    sessions.close();
    links.close();
    scheduler.stop();
    playlists.close();
    signIns.stop();
    library.stop();
    fanout.stop();
    await io.close();
    server.closeAllConnections();
    data.close();
    databases.close();
  };
  try {
    await listen(server, config.hub.port, config.hub.host);
  } catch (error) {
    // A busy port: release everything opened so far, so the caller can exit at once with the reason.
    await closeAll();
    throw error;
  }
  data.start();
  fanout.start();
  library.start();
  signIns.start();
  playlists.restore();
  scheduler.start();
  links.start();
  const address = server.address() as AddressInfo;
  // A hub bound to every interface is reached locally over loopback (Chromium refuses 0.0.0.0).
  const local = address.address === '0.0.0.0' ? '127.0.0.1' : address.address === '::' ? '::1' : address.address;
  const host = local.includes(':') ? `[${local}]` : local;
  const url = `${config.hub.tls ? 'https' : 'http'}://${host}:${address.port}`;
  logger.info('hub.listening', { url, room: config.room.id, layout: base.layout.id });
  logger.info('audit.head', audit.chainHead());

  return {
    url,
    wallUrl: (displayId) => `${url}/wall?display=${encodeURIComponent(displayId)}`,
    consoleUrl: `${url}/console`,
    presenterUrl: `${url}/presenter`,
    sessions,
    links,
    room,
    control: roomControl,
    switches,
    playlists,
    audit,
    data,
    fanout,
    addEphemeralCredential: (id, roles) => credentials.addEphemeral(id, roles),
    async close() {
      audit.record({ actor: system, action: 'hub.stopped', summary: {}, result: 'done' });
      logger.info('audit.head', audit.chainHead());
      await closeAll();
      logger.info('hub.stopped', {});
    },
  };
}
