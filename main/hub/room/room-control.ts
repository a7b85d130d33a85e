import type { SwitchTarget } from '../../../src/protocol/control/plans.js';
import type { AuditActor } from '../audit/record.js';
import { CommandError } from '../control/command-error.js';
import type { LayoutLibraryWatcher } from './library.js';
import type { MapFocusBoard } from './map-focus.js';
import type { RoomState, Shown } from './room-state.js';
import { spotlightPanel } from './room-state.js';
import type { DisplaySockets, SwitchCoordinator } from './switch.js';
import { describeTarget, displaysOf, fitsTarget } from './topology.js';

/**
 * What can be done to the room's wall, in one place for every caller — console commands, playlists,
 * schedules, alert rules, presenter sessions: show a board on a target, spotlight a panel and back,
 * put a province in focus on the maps, reload a display. Each goes through the two-phase switch; refusals are CommandErrors with a reason.
 */
export class RoomControl {
  constructor(
    private readonly room: RoomState,
    private readonly library: LayoutLibraryWatcher,
    private readonly switches: SwitchCoordinator,
    private readonly sockets: DisplaySockets,
    private readonly mapFocus: MapFocusBoard,
  ) {}

  show(target: SwitchTarget, layoutId: string, actor: AuditActor, why?: string): { switchId: string; queued: boolean } {
    const loaded = this.library.layouts.get(layoutId);
    if (!loaded) throw new CommandError('not-found', `no valid layout "${layoutId}" in the library`);
    const fits = fitsTarget(loaded, target, this.room.topology);
    if (fits !== true) throw new CommandError('conflict', fits);
    const displays = displaysOf(target, this.room.topology);
    if (typeof displays === 'string') throw new CommandError('not-found', displays);
    const changes = new Map<string, Shown>(displays.map((id) => [id, { loaded, spotlight: null }]));
    return this.request(changes, `${loaded.layout.name} (${layoutId}) on ${describeTarget(target)}${why ? ` — ${why}` : ''}`, actor);
  }

  spotlight(displayId: string, layoutId: string, panelId: string, actor: AuditActor): { switchId: string; queued: boolean } {
    const shown = this.room.shownOn(displayId);
    if (!shown) throw new CommandError('not-found', `the room has no display "${displayId}"`);
    const source = this.library.layouts.get(layoutId);
    const found = spotlightPanel(source, panelId);
    if (!found) throw new CommandError('not-found', `layout "${layoutId}" has no panel "${panelId}"`);
    return this.request(new Map([[displayId, { loaded: shown.loaded, spotlight: { layoutId, panelId } }]]), `spotlight ${found.panel.title ?? panelId} on display ${displayId}`, actor);
  }

  clearSpotlight(displayId: string, actor: AuditActor): { switchId: string; queued: boolean } {
    const shown = this.room.shownOn(displayId);
    if (!shown) throw new CommandError('not-found', `the room has no display "${displayId}"`);
    if (!shown.spotlight) throw new CommandError('conflict', `display "${displayId}" has no spotlight`);
    return this.request(new Map([[displayId, { loaded: shown.loaded, spotlight: null }]]), `spotlight off on display ${displayId}`, actor);
  }

  /**
   * Puts a province in focus on the maps of the target's displays (null ends it): only displays that show
   * a map (the given panel, if one is named) take part; refused when none does.
   */
  focusMap(target: SwitchTarget, area: string | null, panelId: string | undefined): { displays: string[] } {
    const displays = displaysOf(target, this.room.topology);
    if (typeof displays === 'string') throw new CommandError('not-found', displays);
    const withMaps = displays.filter((displayId) => this.room.assignmentFor(displayId)?.display.panels.some((panel) => panel.kind === 'map' && (panelId === undefined || panel.id === panelId)));
    if (withMaps.length === 0) throw new CommandError('conflict', `no map${panelId ? ` "${panelId}"` : ''} is shown on ${describeTarget(target)}`);
    this.mapFocus.set(withMaps, area, panelId);
    return { displays: withMaps };
  }

  /** Asks a display's page to reload itself; the number of pages asked. */
  reloadDisplay(displayId: string, reason: string): number {
    if (!this.room.shownOn(displayId)) throw new CommandError('not-found', `the room has no display "${displayId}"`);
    const sockets = this.sockets.socketsOf(displayId);
    for (const socket of sockets) socket.emit('display:reload', { reason });
    return sockets.length;
  }

  private request(changes: Map<string, Shown>, what: string, actor: AuditActor): { switchId: string; queued: boolean } {
    const started = this.switches.request({ changes, what, actor });
    if (!started) throw new CommandError('conflict', 'too many switches are waiting; try again when the current one is done');
    return { switchId: started.switchId, queued: started.queued };
  }
}
