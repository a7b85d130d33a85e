import { AnnotationPainter } from './annotation-painter.js';
import type { SessionChange } from './session-link.js';

/**
 * A painter on `canvas`, fed by `subscribe`, drawn again when the canvas changes size; returns the painter
 * and how to stop it all (an effect's cleanup).
 */
export function attachPainter(canvas: HTMLCanvasElement, textPx: () => number, subscribe: (listener: (change: SessionChange) => void) => () => void): { painter: AnnotationPainter; stop(): void } {
  const painter = new AnnotationPainter(canvas, textPx);
  const unsubscribe = subscribe((change) => painter.take(change));
  const resized = new ResizeObserver(() => painter.redraw());
  resized.observe(canvas);
  return {
    painter,
    stop() {
      unsubscribe();
      resized.disconnect();
      painter.stop();
    },
  };
}
