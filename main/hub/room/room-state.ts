import { findDisplay } from '../../../src/layout/displays.js';
import { displayTextHeights } from '../../../src/layout/legibility.js';
import type { DisplayLayout, Layout } from '../../../src/layout/schema.js';
import type { DisplayStatus, RoomStatus } from '../../../src/protocol/control/index.js';
import type { DisplayAssignment, DisplayHealth, MapBase } from '../../../src/protocol/wall/index.js';
import type { LoadedLayout } from '../../config/layouts.js';
import type { HubClock } from './clock.js';
import type { LayoutLibraryWatcher } from './library.js';
import type { RoomStore, ShownState } from './room-store.js';
import { roomDisplayIds, type RoomTopology } from './topology.js';

interface DisplayPresence {
  connections: number;
  connectedSince: string | null;
  lastSeen: string | null;
  health: DisplayHealth | null;
  healthAt: string | null;
  thumbnail: { jpeg: string; at: number } | null;
}

/** What a display shows: a layout, pinned at the version it was switched to, and maybe one panel spotlighted. */
export interface Shown {
  loaded: LoadedLayout;
  spotlight: { layoutId: string; panelId: string } | null;
}

/** A display silent for this long (no health report while connected) shows as silent on the console. */
export const SILENT_AFTER_MS = 15_000;

/**
 * The room's live state: what each display shows (persisted, restored at start), and which displays are
 * up with their last health and picture. Changes go through `commit` (the switch coordinator), so what the
 * state says is what the displays were told.
 */
export class RoomState {
  private readonly presence = new Map<string, DisplayPresence>();
  private readonly shown = new Map<string, Shown>();
  private readonly listeners = new Set<() => void>();
  readonly startedAt: Date;

  constructor(
    readonly room: { id: string; name: string },
    readonly topology: RoomTopology,
    /** The layout the room config names: the room's walls, and what a display shows by default. */
    private readonly base: LoadedLayout,
    private readonly library: LayoutLibraryWatcher,
    private readonly store: RoomStore,
    private readonly clock: HubClock,
    readonly version: string,
    /** The room's own base map (room config map.base), handed to every display with its assignment. */
    private readonly mapBase?: MapBase,
  ) {
    this.startedAt = new Date(clock.now());
    const saved = store.shown();
    for (const id of roomDisplayIds(topology)) {
      const state = saved.get(id);
      const loaded = state ? library.layouts.get(state.layoutId) : undefined;
      const usable = loaded && findDisplay(loaded.layout, id) ? loaded : base;
      const spotlight = state?.spotlight && usable === loaded && spotlightPanel(library.layouts.get(state.spotlight.layoutId), state.spotlight.panelId) ? state.spotlight : null;
      this.shown.set(id, { loaded: usable, spotlight });
    }
  }

  get timeZone(): string {
    return this.base.layout.timeZone;
  }

  get locale(): Layout['locale'] {
    return this.base.layout.locale;
  }

  displayIds(): string[] {
    return roomDisplayIds(this.topology);
  }

  shownOn(displayId: string): Shown | undefined {
    return this.shown.get(displayId);
  }

  /** The assignment a display is to show now, or null for a display the room does not have. */
  assignmentFor(displayId: string): DisplayAssignment | null {
    const shown = this.shown.get(displayId);
    return shown ? this.assignmentOf(displayId, shown) : null;
  }

  /** The assignment `shown` would give a display (for a switch being prepared). */
  assignmentOf(displayId: string, shown: Shown): DisplayAssignment | null {
    const located = findDisplay(shown.loaded.layout, displayId);
    if (!located) return null;
    const { layout, version } = shown.loaded;
    const spotlit = shown.spotlight ? spotlightPanel(this.library.layouts.get(shown.spotlight.layoutId), shown.spotlight.panelId) : null;
    const display: DisplayLayout = spotlit
      ? { ...located.display, grid: { columns: 1, rows: 1, gapVh: located.display.grid.gapVh }, panels: [{ ...spotlit.panel, cell: { column: 1, row: 1, columnSpan: 1, rowSpan: 1 } }] }
      : located.display;
    return {
      room: this.room,
      layout: { id: layout.id, name: layout.name, version: spotlit ? `${version}+${spotlit.version}:${spotlit.panel.id}` : version, locale: layout.locale, timeZone: layout.timeZone },
      wall: { id: located.wall.id, name: located.wall.name },
      display,
      ...displayTextHeights(layout, located.wall, located.display),
      ...(this.mapBase ? { mapBase: this.mapBase } : {}),
    };
  }

  /** Records what displays now show (after they committed), persists it, and tells the listeners. */
  commit(changes: ReadonlyMap<string, Shown>): void {
    const persisted = new Map<string, ShownState>();
    for (const [displayId, shown] of changes) {
      this.shown.set(displayId, shown);
      persisted.set(displayId, { layoutId: shown.loaded.layout.id, spotlight: shown.spotlight });
    }
    this.store.setShown(persisted);
    this.changed();
  }

  displayConnected(displayId: string): void {
    const entry = this.entry(displayId);
    const now = new Date(this.clock.now()).toISOString();
    if (entry.connections === 0) entry.connectedSince = now;
    entry.connections += 1;
    entry.lastSeen = now;
    this.changed();
  }

  displayDisconnected(displayId: string): void {
    const entry = this.entry(displayId);
    entry.connections = Math.max(0, entry.connections - 1);
    entry.lastSeen = new Date(this.clock.now()).toISOString();
    if (entry.connections === 0) entry.connectedSince = null;
    this.changed();
  }

  displayHealth(displayId: string, health: DisplayHealth): void {
    const entry = this.entry(displayId);
    entry.health = health;
    entry.healthAt = entry.lastSeen = new Date(this.clock.now()).toISOString();
    this.changed();
  }

  displayThumbnail(displayId: string, jpeg: string): void {
    this.entry(displayId).thumbnail = { jpeg, at: this.clock.now() };
  }

  thumbnail(displayId: string): { jpeg: string; at: number } | null {
    return this.presence.get(displayId)?.thumbnail ?? null;
  }

  connectedDisplayIds(): string[] {
    return [...this.presence].filter(([, p]) => p.connections > 0).map(([id]) => id);
  }

  status(): Pick<RoomStatus, 'room' | 'hub' | 'walls' | 'displays'> {
    const now = this.clock.now();
    const displays: DisplayStatus[] = this.topology.walls.flatMap((wall) =>
      wall.displays.map((display) => {
        const p = this.presence.get(display.id);
        const shown = this.shown.get(display.id)!;
        const assignment = this.assignmentOf(display.id, shown);
        const spotlit = shown.spotlight && assignment ? assignment.display.panels[0] : null;
        const healthAt = p?.healthAt ? Date.parse(p.healthAt) : null;
        const connectedAt = p?.connectedSince ? Date.parse(p.connectedSince) : null;
        const silent = (p?.connections ?? 0) > 0 && now - (healthAt ?? connectedAt ?? now) > SILENT_AFTER_MS;
        return {
          id: display.id,
          name: display.name,
          wallId: wall.id,
          wallName: wall.name,
          ...(display.position ? { position: display.position } : {}),
          layout: { id: shown.loaded.layout.id, name: shown.loaded.layout.name, version: assignment?.layout.version ?? shown.loaded.version },
          spotlight: shown.spotlight && spotlit ? { ...shown.spotlight, title: spotlit.title ?? spotlit.id } : null,
          maps: assignment ? assignment.display.panels.filter((panel) => panel.kind === 'map').map((panel) => panel.id) : [],
          // The focus is the map-focus board's: the control namespace fills it in.
          mapFocus: null,
          connections: p?.connections ?? 0,
          state: (p?.connections ?? 0) === 0 ? 'dark' : silent ? 'silent' : 'ok',
          connectedSince: p?.connectedSince ?? null,
          lastSeen: p?.lastSeen ?? null,
          health: p?.health ?? null,
          healthAt: p?.healthAt ?? null,
          thumbnailAt: p?.thumbnail ? new Date(p.thumbnail.at).toISOString() : null,
        };
      }),
    );
    return {
      room: { ...this.room, timeZone: this.timeZone, locale: this.locale },
      hub: { version: this.version, startedAt: this.startedAt.toISOString(), uptimeS: Math.round((now - this.startedAt.getTime()) / 1000), now },
      walls: this.topology.walls.map((wall) => {
        const layouts = new Set(wall.displays.map((display) => this.shown.get(display.id)?.loaded));
        const only = layouts.size === 1 ? [...layouts][0] : undefined;
        const spotlit = wall.displays.some((display) => this.shown.get(display.id)?.spotlight);
        return { id: wall.id, name: wall.name, ...(wall.arrangement ? { arrangement: wall.arrangement } : {}), layout: only && !spotlit ? { id: only.layout.id, name: only.layout.name, version: only.version } : null };
      }),
      displays,
    };
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private entry(displayId: string): DisplayPresence {
    let entry = this.presence.get(displayId);
    if (!entry) {
      entry = { connections: 0, connectedSince: null, lastSeen: null, health: null, healthAt: null, thumbnail: null };
      this.presence.set(displayId, entry);
    }
    return entry;
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}

/** A panel of a layout to spotlight, found by id on any of its displays. */
export function spotlightPanel(loaded: LoadedLayout | undefined, panelId: string): { panel: DisplayLayout['panels'][number]; version: string } | null {
  if (!loaded) return null;
  for (const wall of loaded.layout.walls) for (const display of wall.displays) for (const panel of display.panels) if (panel.id === panelId) return { panel, version: loaded.version };
  return null;
}
