import type { Stroke } from '../../src/protocol/presenter/view.js';
import type { InkColour } from '../../src/protocol/presenter/view.js';
import type { Viewport } from '../../src/protocol/wall/session.js';
import { INK, toDisplay, wallHeightToDisplay } from './ink.js';

export interface Surface {
  width: number;
  height: number;
  viewport: Viewport;
  /** Text height in pixels (the display's minimum). */
  textPx: number;
}

export interface PointerMark {
  room: string;
  label: string;
  at: readonly [number, number];
  colour: InkColour;
}

const HALO = 'rgba(0, 0, 0, 0.72)';

/** Draws one stroke: a dark halo first, then the ink, so it reads over bright and dark map alike. */
export function drawStroke(ctx: CanvasRenderingContext2D, stroke: Stroke, surface: Surface): void {
  const points = stroke.points.map((point) => toDisplay(point, surface.viewport, surface.width, surface.height));
  if (points.length === 0) return;
  const width = Math.max(2, wallHeightToDisplay(stroke.width, surface.viewport, surface.height));
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  if (stroke.tool === 'text') {
    const [x, y] = points[0]!;
    ctx.font = `600 ${Math.round(surface.textPx)}px "Be Vietnam Pro", sans-serif`;
    ctx.textBaseline = 'middle';
    ctx.lineWidth = Math.max(3, surface.textPx / 6);
    ctx.strokeStyle = HALO;
    ctx.strokeText(stroke.text ?? '', x, y);
    ctx.fillStyle = INK[stroke.colour];
    ctx.fillText(stroke.text ?? '', x, y);
    return;
  }
  for (const [style, lineWidth] of [
    [HALO, width + Math.max(3, width * 0.6)],
    [INK[stroke.colour], width],
  ] as const) {
    ctx.strokeStyle = style;
    ctx.lineWidth = lineWidth;
    ctx.beginPath();
    ctx.moveTo(points[0]![0], points[0]![1]);
    for (const [x, y] of points.slice(1)) ctx.lineTo(x, y);
    if (points.length === 1) ctx.lineTo(points[0]![0] + 0.01, points[0]![1]);
    ctx.stroke();
    if (stroke.tool === 'arrow' && points.length >= 2) {
      const [x1, y1] = points.at(-2)!;
      const [x2, y2] = points.at(-1)!;
      const angle = Math.atan2(y2 - y1, x2 - x1);
      const head = Math.max(width * 4, surface.textPx * 0.8);
      ctx.beginPath();
      ctx.moveTo(x2 - head * Math.cos(angle - Math.PI / 7), y2 - head * Math.sin(angle - Math.PI / 7));
      ctx.lineTo(x2, y2);
      ctx.lineTo(x2 - head * Math.cos(angle + Math.PI / 7), y2 - head * Math.sin(angle + Math.PI / 7));
      ctx.stroke();
    }
  }
}

/** The presenter's pointer: a ring with a dot, and the room's name beside it at the display's text height. */
export function drawPointer(ctx: CanvasRenderingContext2D, pointer: PointerMark, surface: Surface): void {
  const [x, y] = toDisplay(pointer.at, surface.viewport, surface.width, surface.height);
  const radius = surface.textPx * 0.9;
  ctx.lineWidth = Math.max(4, radius * 0.3);
  ctx.strokeStyle = HALO;
  ctx.beginPath();
  ctx.arc(x, y, radius + ctx.lineWidth / 2, 0, Math.PI * 2);
  ctx.stroke();
  ctx.strokeStyle = INK[pointer.colour];
  ctx.beginPath();
  ctx.arc(x, y, radius, 0, Math.PI * 2);
  ctx.stroke();
  ctx.fillStyle = INK[pointer.colour];
  ctx.beginPath();
  ctx.arc(x, y, radius * 0.25, 0, Math.PI * 2);
  ctx.fill();
  ctx.font = `600 ${Math.round(surface.textPx)}px "Be Vietnam Pro", sans-serif`;
  ctx.textBaseline = 'middle';
  const label = labelPlace(x, y, radius, ctx.measureText(pointer.label).width, surface);
  ctx.textAlign = label.align;
  ctx.lineWidth = Math.max(3, surface.textPx / 6);
  ctx.strokeStyle = HALO;
  ctx.strokeText(pointer.label, label.x, label.y);
  ctx.fillStyle = INK[pointer.colour];
  ctx.fillText(pointer.label, label.x, label.y);
  ctx.textAlign = 'left';
}

/** Where a pointer's name goes: to its right, or its left near the display's right edge; above it near the bottom, below near the top. */
export function labelPlace(x: number, y: number, radius: number, textWidth: number, surface: Pick<Surface, 'width' | 'height' | 'textPx'>): { x: number; y: number; align: 'left' | 'right' } {
  const gap = radius * 1.6;
  const left = x + gap + textWidth > surface.width && x - gap - textWidth >= 0;
  const half = surface.textPx / 2;
  const labelY = y + half > surface.height ? y - gap : y - half < 0 ? y + gap : y;
  return { x: left ? x - gap : x + gap, y: labelY, align: left ? 'right' : 'left' };
}

/** Whether a wall point falls on this display (with a margin, so a stroke crossing the edge is drawn on both). */
export function onDisplay([x, y]: readonly [number, number], viewport: Viewport, margin = 0.05): boolean {
  return x >= viewport.x - margin && x <= viewport.x + viewport.width + margin && y >= viewport.y - margin && y <= viewport.y + viewport.height + margin;
}
