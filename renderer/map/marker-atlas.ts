import { EVENT_CATEGORIES, EVENT_STYLE, type EventCategory, type MarkerShape } from './event-style.js';

/**
 * The event markers, drawn once per page on a canvas (no image files, no network): one cell per category,
 * its shape filled in its colour with a dark outline that keeps it visible on any province colour.
 */
export const MARKER_CELL = 64;

export interface MarkerAtlas {
  canvas: HTMLCanvasElement;
  mapping: Record<EventCategory, { x: number; y: number; width: number; height: number; mask: false }>;
}

let atlas: MarkerAtlas | null = null;

export function markerAtlas(): MarkerAtlas {
  if (atlas) return atlas;
  const canvas = document.createElement('canvas');
  canvas.width = MARKER_CELL * EVENT_CATEGORIES.length;
  canvas.height = MARKER_CELL;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas for the map markers');
  const mapping = {} as MarkerAtlas['mapping'];
  EVENT_CATEGORIES.forEach((category, i) => {
    const { colour, shape } = EVENT_STYLE[category];
    context.save();
    context.translate(i * MARKER_CELL + MARKER_CELL / 2, MARKER_CELL / 2);
    tracePath(context, shape, MARKER_CELL / 2 - 6);
    context.fillStyle = `rgb(${colour.join(',')})`;
    context.fill();
    context.lineWidth = 4;
    context.strokeStyle = '#04070d';
    context.stroke();
    context.restore();
    mapping[category] = { x: i * MARKER_CELL, y: 0, width: MARKER_CELL, height: MARKER_CELL, mask: false };
  });
  atlas = { canvas, mapping };
  return atlas;
}

function tracePath(context: CanvasRenderingContext2D, shape: MarkerShape, r: number): void {
  context.beginPath();
  switch (shape) {
    case 'circle':
      context.arc(0, 0, r, 0, Math.PI * 2);
      break;
    case 'dot':
      context.arc(0, 0, r * 0.6, 0, Math.PI * 2);
      break;
    case 'square':
      context.rect(-r * 0.85, -r * 0.85, r * 1.7, r * 1.7);
      break;
    case 'triangle':
      polygon(context, [0, -r, r * 0.95, r * 0.75, -r * 0.95, r * 0.75]);
      break;
    case 'diamond':
      polygon(context, [0, -r, r, 0, 0, r, -r, 0]);
      break;
    case 'drop':
      context.moveTo(0, -r);
      context.bezierCurveTo(r * 0.9, -r * 0.1, r * 0.8, r, 0, r);
      context.bezierCurveTo(-r * 0.8, r, -r * 0.9, -r * 0.1, 0, -r);
      break;
    case 'spiral':
      // A storm: a disc with two hooked arms, as weather maps draw a tropical cyclone.
      context.arc(0, 0, r * 0.55, 0, Math.PI * 2);
      context.moveTo(r * 0.55, 0);
      context.quadraticCurveTo(r * 0.9, -r * 0.9, -r * 0.2, -r);
      context.moveTo(-r * 0.55, 0);
      context.quadraticCurveTo(-r * 0.9, r * 0.9, r * 0.2, r);
      break;
    case 'cross': {
      const a = r * 0.35;
      polygon(context, [-a, -r, a, -r, a, -a, r, -a, r, a, a, a, a, r, -a, r, -a, a, -r, a, -r, -a, -a, -a]);
      break;
    }
    case 'chevron':
      polygon(context, [0, -r, r, r * 0.3, r * 0.45, r * 0.3, 0, -r * 0.15, -r * 0.45, r * 0.3, -r, r * 0.3]);
      break;
  }
  context.closePath();
}

function polygon(context: CanvasRenderingContext2D, points: readonly number[]): void {
  context.moveTo(points[0]!, points[1]!);
  for (let i = 2; i < points.length; i += 2) context.lineTo(points[i]!, points[i + 1]!);
}
