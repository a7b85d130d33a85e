// Which layout display goes on which physical monitor. Pure: the window manager feeds it the room
// config's mappings and Electron's monitor list, and re-runs it whenever a monitor comes or goes.
import type { MonitorSelector } from '../config/schema.js';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PhysicalMonitor {
  id: number;
  bounds: Rect;
}

export interface DisplayMapping {
  display: string;
  monitor: MonitorSelector;
  pc?: string | undefined;
}

export interface Placement {
  displayId: string;
  monitorId: number;
  bounds: Rect;
}

export interface Unplaced {
  displayId: string;
  reason: string;
}

export interface DisplayPlan {
  placements: Placement[];
  /** Mappings for this PC that found no monitor: the wall runs without them and says why. */
  unplaced: Unplaced[];
  /** Displays mapped to other PCs of the room. */
  elsewhere: string[];
}

export function planDisplays(mappings: readonly DisplayMapping[], hostName: string, monitors: readonly PhysicalMonitor[]): DisplayPlan {
  const ordered = readingOrder(monitors);
  const plan: DisplayPlan = { placements: [], unplaced: [], elsewhere: [] };
  const shownOn = new Map<number, string>();
  const seen = new Set<string>();
  for (const mapping of mappings) {
    if (!isThisPc(mapping.pc, hostName)) {
      plan.elsewhere.push(mapping.display);
      continue;
    }
    const displayId = mapping.display;
    // The config validator rejects this too; checked again so no display ever gets two windows.
    if (seen.has(displayId)) {
      plan.unplaced.push({ displayId, reason: `display "${displayId}" is mapped twice; only its first mapping is used` });
      continue;
    }
    seen.add(displayId);
    const found = findMonitor(mapping.monitor, ordered);
    if (typeof found === 'string') {
      plan.unplaced.push({ displayId, reason: found });
      continue;
    }
    const holder = shownOn.get(found.id);
    if (holder !== undefined) {
      plan.unplaced.push({ displayId, reason: `monitor ${describeMonitor(found)} already shows display "${holder}"` });
      continue;
    }
    shownOn.set(found.id, displayId);
    plan.placements.push({ displayId, monitorId: found.id, bounds: { ...found.bounds } });
  }
  return plan;
}

/**
 * Monitors in reading order: rows from top to bottom, each row left to right. A monitor joins the
 * current row when its vertical centre is above the bottom of every monitor already in it, so rows
 * whose monitors sit a few pixels apart (as users drag them in the OS settings) still read as rows.
 */
export function readingOrder<M extends PhysicalMonitor>(monitors: readonly M[]): M[] {
  const byTop = [...monitors].sort((a, b) => a.bounds.y - b.bounds.y || a.bounds.x - b.bounds.x);
  const rows: { monitors: M[]; bottom: number }[] = [];
  for (const monitor of byTop) {
    const row = rows.at(-1);
    const centre = monitor.bounds.y + monitor.bounds.height / 2;
    const bottom = monitor.bounds.y + monitor.bounds.height;
    if (row && centre < row.bottom) {
      row.monitors.push(monitor);
      row.bottom = Math.min(row.bottom, bottom);
    } else {
      rows.push({ monitors: [monitor], bottom });
    }
  }
  return rows.flatMap((row) => row.monitors.sort((a, b) => a.bounds.x - b.bounds.x));
}

/**
 * A mapping without `pc` belongs to every PC. Host names compare without case, and a bare name
 * matches the same name with a domain ("wall-1" = "WALL-1.ops.local"), as operating systems report either.
 */
export function isThisPc(pc: string | undefined, hostName: string): boolean {
  if (pc === undefined) return true;
  const a = pc.toLowerCase();
  const b = hostName.toLowerCase();
  if (a === b) return true;
  const aShort = a.split('.')[0];
  const bShort = b.split('.')[0];
  return (a === aShort || b === bShort) && aShort === bShort;
}

export function sameRect(a: Rect, b: Rect): boolean {
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}

export function describeMonitor(monitor: PhysicalMonitor): string {
  const { x, y, width, height } = monitor.bounds;
  return `#${monitor.id} (${width}×${height} at ${x},${y})`;
}

function findMonitor<M extends PhysicalMonitor>(selector: MonitorSelector, ordered: readonly M[]): M | string {
  const connected = ordered.length === 0 ? 'no monitors are connected' : `connected: ${ordered.map(describeMonitor).join(', ')}`;
  if ('index' in selector) {
    return ordered[selector.index] ?? `no monitor at index ${selector.index}: ${ordered.length} connected (${connected})`;
  }
  if ('id' in selector) {
    return ordered.find((monitor) => monitor.id === selector.id) ?? `no monitor with id ${selector.id} (${connected})`;
  }
  const { x, y } = selector.position;
  return ordered.find((monitor) => monitor.bounds.x === x && monitor.bounds.y === y) ?? `no monitor with its top-left corner at ${x},${y} (${connected})`;
}
