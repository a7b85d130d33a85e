import type { Display } from 'electron';
import { readingOrder } from './display-map.js';

/** What the table shows of a monitor; Electron's Display has all of it. */
export type DescribedMonitor = Pick<Display, 'id' | 'bounds'> & Partial<Pick<Display, 'scaleFactor' | 'label'>>;

/**
 * The machine's monitors for an administrator writing the room config's `displays`: in reading order
 * (what `{"index": N}` counts), each with the values `{"id": …}` and `{"position": …}` take.
 */
export function monitorTable(monitors: readonly DescribedMonitor[]): string[] {
  const ordered = readingOrder(monitors);
  if (ordered.length === 0) return ['No monitors are connected.'];
  const lines = ordered.map((monitor, index) => {
    const { x, y, width, height } = monitor.bounds;
    const label = monitor.label ? `  "${monitor.label}"` : '';
    return `  ${String(index).padEnd(5)}  ${String(monitor.id).padEnd(12)}  ${`${x},${y}`.padEnd(11)}  ${`${width}×${height}`.padEnd(11)}  ×${monitor.scaleFactor ?? 1}${label}`;
  });
  return [
    `${ordered.length} monitor${ordered.length === 1 ? '' : 's'}, in the order {"index": N} counts them (rows top to bottom, each left to right):`,
    '  index  id            position     size         scale',
    ...lines,
    'Map a display with {"index": N}, {"id": ID} (stays with the monitor when cables move) or {"position": {"x": X, "y": Y}}.',
  ];
}
