import type { Viewport } from '../../../src/protocol/wall/session.js';
import type { RoomTopology } from '../room/topology.js';

/**
 * Each display's part of its wall, as fractions: by its position in the wall's arrangement, or (a wall with
 * none) side by side in order. A shared view drawn in wall fractions lands where it was drawn on every display.
 */
export function displayViewports(topology: RoomTopology): Map<string, Viewport> {
  const viewports = new Map<string, Viewport>();
  for (const wall of topology.walls) {
    const columns = wall.arrangement?.columns ?? wall.displays.length;
    const rows = wall.arrangement?.rows ?? 1;
    wall.displays.forEach((display, index) => {
      const column = display.position?.column ?? index + 1;
      const row = display.position?.row ?? 1;
      viewports.set(display.id, { x: (column - 1) / columns, y: (row - 1) / rows, width: 1 / columns, height: 1 / rows });
    });
  }
  return viewports;
}

/** The wall the presenter draws on: the room's first wall (its main one), display by display. */
export function presenterWall(topology: RoomTopology): { columns: number; rows: number; displays: { id: string; name: string; column: number; row: number }[] } {
  const wall = topology.walls[0];
  if (!wall) return { columns: 1, rows: 1, displays: [] };
  return {
    columns: wall.arrangement?.columns ?? wall.displays.length,
    rows: wall.arrangement?.rows ?? 1,
    displays: wall.displays.map((display, index) => ({ id: display.id, name: display.name, column: display.position?.column ?? index + 1, row: display.position?.row ?? 1 })),
  };
}
