import type { DisplayLayout, Layout, WallLayout } from './schema.js';

export interface LocatedDisplay {
  wall: WallLayout;
  display: DisplayLayout;
}

export function layoutDisplays(layout: Layout): LocatedDisplay[] {
  return layout.walls.flatMap((wall) => wall.displays.map((display) => ({ wall, display })));
}

export function findDisplay(layout: Layout, displayId: string): LocatedDisplay | undefined {
  return layoutDisplays(layout).find((located) => located.display.id === displayId);
}
