import type { Layout } from '../../../src/layout/schema.js';
import { findDisplay, layoutDisplays } from '../../../src/layout/displays.js';
import type { DisplayStatus, RoomStatus } from '../../../src/protocol/control/index.js';
import type { DisplayAssignment, DisplayHealth } from '../../../src/protocol/wall/index.js';
import type { LoadedLayout } from '../../config/layouts.js';

interface DisplayPresence {
  connections: number;
  connectedSince: string | null;
  lastSeen: string | null;
  health: DisplayHealth | null;
  healthAt: string | null;
}

/** The room's live state: the active layout and which displays are up, with their last health. */
export class RoomState {
  private readonly presence = new Map<string, DisplayPresence>();
  private readonly listeners = new Set<() => void>();
  readonly startedAt = new Date();

  constructor(
    readonly room: { id: string; name: string },
    private active: LoadedLayout,
    readonly version: string,
  ) {}

  get layout(): Layout {
    return this.active.layout;
  }

  get layoutVersion(): string {
    return this.active.version;
  }

  assignmentFor(displayId: string): DisplayAssignment | null {
    const located = findDisplay(this.active.layout, displayId);
    if (!located) return null;
    const { layout } = this.active;
    return {
      room: this.room,
      layout: { id: layout.id, name: layout.name, version: this.active.version, locale: layout.locale, timeZone: layout.timeZone },
      wall: { id: located.wall.id, name: located.wall.name },
      display: located.display,
      minTextHeightVh: located.display.minTextHeightVh ?? layout.minTextHeightVh,
    };
  }

  displayConnected(displayId: string): void {
    const entry = this.entry(displayId);
    const now = new Date().toISOString();
    if (entry.connections === 0) entry.connectedSince = now;
    entry.connections += 1;
    entry.lastSeen = now;
    this.changed();
  }

  displayDisconnected(displayId: string): void {
    const entry = this.entry(displayId);
    entry.connections = Math.max(0, entry.connections - 1);
    entry.lastSeen = new Date().toISOString();
    if (entry.connections === 0) entry.connectedSince = null;
    this.changed();
  }

  displayHealth(displayId: string, health: DisplayHealth): void {
    const entry = this.entry(displayId);
    entry.health = health;
    entry.healthAt = entry.lastSeen = new Date().toISOString();
    this.changed();
  }

  connectedDisplayIds(): string[] {
    return [...this.presence].filter(([, p]) => p.connections > 0).map(([id]) => id);
  }

  status(): Omit<RoomStatus, 'you' | 'upstream'> {
    const layout = this.active.layout;
    const displays: DisplayStatus[] = layoutDisplays(layout).map(({ wall, display }) => {
      const p = this.presence.get(display.id);
      return {
        id: display.id,
        name: display.name,
        wallId: wall.id,
        wallName: wall.name,
        ...(display.position ? { position: display.position } : {}),
        connections: p?.connections ?? 0,
        connectedSince: p?.connectedSince ?? null,
        lastSeen: p?.lastSeen ?? null,
        health: p?.health ?? null,
        healthAt: p?.healthAt ?? null,
      };
    });
    return {
      room: this.room,
      hub: { version: this.version, startedAt: this.startedAt.toISOString(), uptimeS: Math.round((Date.now() - this.startedAt.getTime()) / 1000) },
      layout: { id: layout.id, name: layout.name, version: this.active.version, timeZone: layout.timeZone },
      walls: layout.walls.map((wall) => ({ id: wall.id, name: wall.name, ...(wall.arrangement ? { arrangement: wall.arrangement } : {}) })),
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
      entry = { connections: 0, connectedSince: null, lastSeen: null, health: null, healthAt: null };
      this.presence.set(displayId, entry);
    }
    return entry;
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
