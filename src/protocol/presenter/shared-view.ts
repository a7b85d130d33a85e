import { MAX_STROKE_POINTS, MAX_STROKES, type Stroke, type ViewEvent, type ViewState } from './view.js';

/**
 * The shared view a session or briefing holds: the strokes drawn (growing as their messages arrive, the
 * oldest dropped past MAX_STROKES), the province in focus, and how many times it was cleared. Pointer
 * positions pass through and are not kept.
 */
export class SharedView {
  private readonly strokes = new Map<string, Stroke>();
  private area: string | null = null;
  private clears = 0;

  /** Applies an event from `room`'s presenter; false when it changes nothing kept (a pointer, a stroke too long). */
  apply(room: string, event: ViewEvent): boolean {
    switch (event.type) {
      case 'pointer':
        return false;
      case 'clear':
        this.strokes.clear();
        this.clears += 1;
        return true;
      case 'focus':
        this.area = event.area;
        return true;
      case 'stroke': {
        const existing = this.strokes.get(event.id);
        if (existing) {
          if (existing.room !== room || existing.done) return false;
          const left = MAX_STROKE_POINTS - existing.points.length;
          existing.points.push(...event.points.slice(0, Math.max(0, left)));
          existing.done = event.done;
          return true;
        }
        this.strokes.set(event.id, { id: event.id, tool: event.tool, colour: event.colour, width: event.width, points: [...event.points], ...(event.text ? { text: event.text } : {}), done: event.done, room });
        while (this.strokes.size > MAX_STROKES) this.strokes.delete(this.strokes.keys().next().value!);
        return true;
      }
    }
  }

  focus(): string | null {
    return this.area;
  }

  state(): ViewState {
    return { strokes: [...this.strokes.values()].map((stroke) => ({ ...stroke, points: [...stroke.points] })), area: this.area, clears: this.clears };
  }

  /** Takes another room's view whole (after a cut, the view of the room that held the floor). */
  adopt(view: ViewState): void {
    this.strokes.clear();
    for (const stroke of view.strokes.slice(-MAX_STROKES)) this.strokes.set(stroke.id, { ...stroke, points: [...stroke.points] });
    this.area = view.area;
    this.clears = view.clears;
  }

  reset(area: string | null = null): void {
    this.strokes.clear();
    this.area = area;
    this.clears = 0;
  }
}
