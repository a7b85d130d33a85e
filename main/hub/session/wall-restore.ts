import type { SwitchTarget } from '../../../src/protocol/control/plans.js';
import type { RoomTopology } from '../room/topology.js';

/** What each display showed when a session began, by display id. */
export type ShownBefore = ReadonlyMap<string, string>;

/**
 * The fewest switches that put every display back to the layout it showed before: the whole room when all
 * showed one layout, else each wall that showed one, else display by display.
 */
export function restoreSwitches(before: ShownBefore, topology: RoomTopology): { target: SwitchTarget; layoutId: string }[] {
  const all = [...before.values()];
  if (all.length > 0 && all.every((layoutId) => layoutId === all[0]) && before.size === topology.walls.reduce((n, wall) => n + wall.displays.length, 0)) {
    return [{ target: { kind: 'room' }, layoutId: all[0]! }];
  }
  const switches: { target: SwitchTarget; layoutId: string }[] = [];
  for (const wall of topology.walls) {
    const layouts = wall.displays.map((display) => before.get(display.id));
    const first = layouts[0];
    if (first !== undefined && layouts.every((layoutId) => layoutId === first)) {
      switches.push({ target: { kind: 'wall', wallId: wall.id }, layoutId: first });
      continue;
    }
    wall.displays.forEach((display, index) => {
      const layoutId = layouts[index];
      if (layoutId !== undefined) switches.push({ target: { kind: 'display', displayId: display.id }, layoutId });
    });
  }
  return switches;
}
