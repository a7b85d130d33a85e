import type { MapFocus } from '../../../src/protocol/wall/index.js';
import type { RoomState } from './room-state.js';

/**
 * The province in focus on each display's maps (wall protocol `map:focus`), set by the console's map.focus
 * command (later, by presenter sessions). A display is told when its focus changes and again whenever it
 * connects; a focus belongs to the layout it was set on and ends when the display is switched.
 */
export class MapFocusBoard {
  private readonly focus = new Map<string, MapFocus>();
  private readonly listeners = new Set<(displayId: string, focus: MapFocus) => void>();
  private seq = 0;

  constructor(private readonly room: RoomState) {
    room.onChange(() => this.dropSwitched());
  }

  /** Puts `area` in focus (null: ends the focus) on the displays' maps; returns what each is sent. */
  set(displayIds: readonly string[], area: string | null, panelId?: string): MapFocus[] {
    const sent: MapFocus[] = [];
    for (const displayId of displayIds) {
      const layoutVersion = this.room.assignmentFor(displayId)?.layout.version;
      if (!layoutVersion) continue;
      const focus: MapFocus = { area, layoutVersion, seq: ++this.seq, ...(panelId ? { panelId } : {}) };
      if (area === null) this.focus.delete(displayId);
      else this.focus.set(displayId, focus);
      sent.push(focus);
      for (const listener of this.listeners) listener(displayId, focus);
    }
    return sent;
  }

  /** The focus a display is to show now, if any. */
  of(displayId: string): MapFocus | null {
    return this.focus.get(displayId) ?? null;
  }

  onFocus(listener: (displayId: string, focus: MapFocus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private dropSwitched(): void {
    for (const [displayId, focus] of this.focus) {
      if (this.room.assignmentFor(displayId)?.layout.version !== focus.layoutVersion) this.focus.delete(displayId);
    }
  }
}
