import { layoutDisplays } from '../../../src/layout/displays.js';
import type { Layout } from '../../../src/layout/schema.js';
import type { LibraryEntry } from '../../../src/protocol/control/library.js';
import type { SwitchTarget } from '../../../src/protocol/control/plans.js';
import type { LoadedLayout } from '../../config/layouts.js';

/** The room as built: its walls and their displays (from the layout the room config names), in order. */
export interface RoomTopology {
  walls: { id: string; name: string; arrangement?: { columns: number; rows: number }; displays: { id: string; name: string; position?: { column: number; row: number } }[] }[];
}

export function topologyOf(layout: Layout): RoomTopology {
  return {
    walls: layout.walls.map((wall) => ({
      id: wall.id,
      name: wall.name,
      ...(wall.arrangement ? { arrangement: wall.arrangement } : {}),
      displays: wall.displays.map((display) => ({ id: display.id, name: display.name, ...(display.position ? { position: display.position } : {}) })),
    })),
  };
}

export function roomDisplayIds(topology: RoomTopology): string[] {
  return topology.walls.flatMap((wall) => wall.displays.map((display) => display.id));
}

/**
 * Where a layout can be shown in this room: on a wall when it defines every display of that wall, on a
 * display when it defines that display, on the whole room when it fits every wall.
 */
export function fitsOf(layout: Layout, topology: RoomTopology): LibraryEntry['fits'] {
  const defined = new Set(layoutDisplays(layout).map(({ display }) => display.id));
  const walls = topology.walls.filter((wall) => wall.displays.every((display) => defined.has(display.id))).map((wall) => wall.id);
  const displays = roomDisplayIds(topology).filter((id) => defined.has(id));
  return { room: walls.length === topology.walls.length, walls, displays };
}

/** The displays a target covers, or the reason it cannot be shown there. */
export function displaysOf(target: SwitchTarget, topology: RoomTopology): string[] | string {
  switch (target.kind) {
    case 'room':
      return roomDisplayIds(topology);
    case 'wall': {
      const wall = topology.walls.find((candidate) => candidate.id === target.wallId);
      return wall ? wall.displays.map((display) => display.id) : `the room has no wall "${target.wallId}"`;
    }
    case 'display':
      return roomDisplayIds(topology).includes(target.displayId) ? [target.displayId] : `the room has no display "${target.displayId}"`;
  }
}

/** Whether `layout` can be shown on `target`; the reason when it cannot. */
export function fitsTarget(loaded: LoadedLayout, target: SwitchTarget, topology: RoomTopology): true | string {
  const fits = fitsOf(loaded.layout, topology);
  switch (target.kind) {
    case 'room':
      return fits.room || `layout "${loaded.layout.id}" does not define every display of the room (it fits: ${fits.walls.join(', ') || 'no whole wall'})`;
    case 'wall':
      return fits.walls.includes(target.wallId) || `layout "${loaded.layout.id}" does not define every display of wall "${target.wallId}"`;
    case 'display':
      return fits.displays.includes(target.displayId) || `layout "${loaded.layout.id}" has no display "${target.displayId}"`;
  }
}

export function describeTarget(target: SwitchTarget): string {
  return target.kind === 'room' ? 'room' : target.kind === 'wall' ? `wall ${target.wallId}` : `display ${target.displayId}`;
}
