import { SharedView } from '../../src/protocol/presenter/shared-view.js';
import type { SessionView } from '../../src/protocol/wall/session.js';
import { drawPointer, drawStroke, type PointerMark, type Surface } from './draw.js';
import type { SessionChange } from './session-link.js';

/** Latency samples kept for the benchmark and the diagnostics (a fixed ring: never grows). */
const SAMPLES = 1024;

export interface AnnotationTimes {
  /** Samples ever taken (the ring keeps the last SAMPLES). */
  count: number;
  /** Oldest first: the event's type, ms from the presenter's move to its arrival here, and to its first paint. */
  samples: { type: string; arrival: number; paint: number }[];
}

/**
 * Draws a display's part of the shared view on a canvas: finished strokes on a layer of their own (redrawn
 * only when they change), strokes being drawn and the pointers over it, within the animation frame after
 * a message arrives. Keeps the last latencies (move → arrival → paint) in a fixed ring.
 */
export class AnnotationPainter {
  private readonly view = new SharedView();
  private readonly pointers = new Map<string, PointerMark>();
  private session: SessionView | null = null;
  private readonly finished: HTMLCanvasElement;
  private finishedDirty = true;
  private frame: number | null = null;
  private readonly pending: { type: string; sentAt: number; arrivedAt: number }[] = [];
  private readonly arrival = new Float64Array(SAMPLES);
  private readonly paint = new Float64Array(SAMPLES);
  private readonly types: string[] = new Array<string>(SAMPLES);
  private samples = 0;
  paints = 0;

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly textPx: () => number,
    private readonly win: Window = window,
  ) {
    this.finished = canvas.ownerDocument.createElement('canvas');
  }

  take(change: SessionChange): void {
    if (change.kind === 'view') {
      this.session = change.view;
      this.view.adopt(change.view.view);
      if (!change.view.active) this.pointers.clear();
      this.finishedDirty = true;
    } else {
      const { room, event } = change.event;
      if (event.type === 'pointer') {
        if (event.at) this.pointers.set(room, { room, label: this.session?.rooms.find((r) => r.id === room)?.name ?? room, at: event.at, colour: event.colour });
        else this.pointers.delete(room);
      } else {
        this.view.apply(room, event);
        if (event.type === 'clear' || (event.type === 'stroke' && event.done)) this.finishedDirty = true;
      }
      this.pending.push({ type: event.type, sentAt: event.sentAt, arrivedAt: change.arrivedAt });
      if (this.pending.length > SAMPLES) this.pending.shift();
    }
    this.frame ??= this.win.requestAnimationFrame(() => this.draw());
  }

  /** Draws again (the display changed size: the canvas is cleared and re-sized at the next frame). */
  redraw(): void {
    this.finishedDirty = true;
    this.frame ??= this.win.requestAnimationFrame(() => this.draw());
  }

  times(): AnnotationTimes {
    const kept = Math.min(this.samples, SAMPLES);
    const samples = Array.from({ length: kept }, (_, i) => {
      const slot = (this.samples - kept + i) % SAMPLES;
      return { type: this.types[slot]!, arrival: this.arrival[slot]!, paint: this.paint[slot]! };
    });
    return { count: this.samples, samples };
  }

  stop(): void {
    if (this.frame !== null) this.win.cancelAnimationFrame(this.frame);
  }

  private draw(): void {
    this.frame = null;
    const { canvas } = this;
    const ratio = this.win.devicePixelRatio || 1;
    const width = Math.round(canvas.clientWidth * ratio);
    const height = Math.round(canvas.clientHeight * ratio);
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
      this.finished.width = width;
      this.finished.height = height;
      this.finishedDirty = true;
    }
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.clearRect(0, 0, width, height);
    const session = this.session;
    if (session?.active) {
      const surface: Surface = { width, height, viewport: session.viewport, textPx: this.textPx() * ratio };
      const strokes = this.view.state().strokes;
      if (this.finishedDirty) {
        const layer = this.finished.getContext('2d');
        if (layer) {
          layer.clearRect(0, 0, width, height);
          for (const stroke of strokes) if (stroke.done) drawStroke(layer, stroke, surface);
        }
        this.finishedDirty = false;
      }
      ctx.drawImage(this.finished, 0, 0);
      for (const stroke of strokes) if (!stroke.done) drawStroke(ctx, stroke, surface);
      for (const pointer of this.pointers.values()) drawPointer(ctx, pointer, surface);
    }
    this.paints += 1;
    canvas.dataset.paints = String(this.paints);
    canvas.dataset.strokes = String(session?.active ? this.view.state().strokes.length : 0);
    canvas.dataset.pointers = [...this.pointers.keys()].join(' ');
    const paintedAt = this.win.performance.timeOrigin + this.win.performance.now();
    for (const { type, sentAt, arrivedAt } of this.pending) {
      const slot = this.samples % SAMPLES;
      this.types[slot] = type;
      this.arrival[slot] = arrivedAt - sentAt;
      this.paint[slot] = paintedAt - sentAt;
      this.samples += 1;
    }
    this.pending.length = 0;
  }
}
