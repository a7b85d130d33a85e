import { useEffect, useLayoutEffect, useRef, type PointerEvent as ReactPointerEvent } from 'react';
import type { InkColour, Point, ViewEvent } from '../../../src/protocol/presenter/view.js';
import { MAX_POINTS_PER_MESSAGE } from '../../../src/protocol/presenter/view.js';
import type { WallShape } from '../../../src/protocol/presenter/index.js';
import { attachPainter } from '../attach-painter.js';
import type { SessionChange } from '../session-link.js';

export type Tool = 'pointer' | 'pen' | 'arrow' | 'text';

interface Props {
  wall: WallShape;
  tool: Tool;
  colour: InkColour;
  /** Text placed with the text tool. */
  text: string;
  enabled: boolean;
  send(event: ViewEvent): void;
  /** The shared view as the hub has it (the page draws what the walls draw). */
  subscribe(listener: (change: SessionChange) => void): () => void;
}

/** Closer than this (a fraction of the wall) to the last point, a new point adds nothing. */
const MIN_STEP = 0.002;
const now = () => performance.timeOrigin + performance.now();

/**
 * The presenter's picture of the wall, display by display: move to point, draw with mouse, pen or touch
 * (Pointer Events), place text or arrows. Positions are fractions of the wall; the pointer and a growing
 * stroke go out at most once per animation frame.
 */
export function DrawingSurface({ wall, tool, colour, text, enabled, send, subscribe }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const surface = useRef<HTMLDivElement>(null);
  const stroke = useRef<{ id: string; tool: 'pen' | 'arrow'; pending: Point[]; last: Point } | null>(null);
  const pointer = useRef<Point | null | undefined>(undefined);
  const frame = useRef<number | null>(null);
  const latest = useRef({ colour, send });
  useLayoutEffect(() => {
    latest.current = { colour, send };
  }, [colour, send]);

  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    return attachPainter(element, () => element.clientHeight * 0.035, subscribe).stop;
  }, [subscribe]);

  const flush = () => {
    frame.current = null;
    const { colour: ink, send: out } = latest.current;
    if (pointer.current !== undefined) {
      out({ type: 'pointer', at: pointer.current, colour: ink, sentAt: now() });
      pointer.current = undefined;
    }
    const current = stroke.current;
    if (current && current.pending.length > 0) {
      const points = current.pending.splice(0, MAX_POINTS_PER_MESSAGE);
      out({ type: 'stroke', id: current.id, tool: current.tool, colour: ink, width: 0.006, points, done: false, sentAt: now() });
      if (current.pending.length > 0) schedule();
    }
  };
  const schedule = () => {
    frame.current ??= requestAnimationFrame(flush);
  };
  const at = (event: ReactPointerEvent): Point => {
    const box = surface.current!.getBoundingClientRect();
    const clamp = (value: number) => Math.min(1, Math.max(0, value));
    return [clamp((event.clientX - box.left) / box.width), clamp((event.clientY - box.top) / box.height)];
  };

  const onPointerMove = (event: ReactPointerEvent) => {
    if (!enabled) return;
    const point = at(event);
    pointer.current = point;
    const current = stroke.current;
    if (current && Math.hypot(point[0] - current.last[0], point[1] - current.last[1]) >= MIN_STEP) {
      current.pending.push(point);
      current.last = point;
    }
    schedule();
  };
  const onPointerDown = (event: ReactPointerEvent) => {
    if (!enabled) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    const point = at(event);
    const id = `s-${Math.random().toString(36).slice(2, 12)}`;
    if (tool === 'text') {
      if (text.trim()) send({ type: 'stroke', id, tool: 'text', colour, width: 0.006, points: [point], text: text.trim().slice(0, 200), done: true, sentAt: now() });
      return;
    }
    if (tool === 'pointer') return;
    stroke.current = { id, tool, pending: [], last: point };
    send({ type: 'stroke', id, tool, colour, width: 0.006, points: [point], done: false, sentAt: now() });
  };
  const onPointerUp = (event: ReactPointerEvent) => {
    const current = stroke.current;
    if (!current) return;
    stroke.current = null;
    const point = at(event);
    const points = [...current.pending, point].slice(-MAX_POINTS_PER_MESSAGE);
    send({ type: 'stroke', id: current.id, tool: current.tool, colour, width: 0.006, points, done: true, sentAt: now() });
  };
  const onPointerLeave = () => {
    if (!enabled || stroke.current) return;
    pointer.current = null;
    schedule();
  };

  return (
    <div
      ref={surface}
      className="drawing-surface"
      data-tool={tool}
      data-enabled={enabled ? 'true' : 'false'}
      style={{ aspectRatio: `${wall.columns * 16} / ${wall.rows * 9}` }}
      onPointerMove={onPointerMove}
      onPointerDown={onPointerDown}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onPointerLeave={onPointerLeave}
    >
      <div className="surface-displays" style={{ gridTemplateColumns: `repeat(${wall.columns}, 1fr)`, gridTemplateRows: `repeat(${wall.rows}, 1fr)` }} aria-hidden="true">
        {wall.displays.map((display) => (
          <div key={display.id} className="surface-display" style={{ gridColumn: display.column, gridRow: display.row }}>
            <span>{display.name}</span>
          </div>
        ))}
      </div>
      <canvas ref={canvas} className="surface-canvas" />
    </div>
  );
}
