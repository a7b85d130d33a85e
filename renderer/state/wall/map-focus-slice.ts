import type { StateCreator } from 'zustand/vanilla';
import { mapFocusSchema, type MapFocus } from '../../../src/protocol/wall/index.js';

/**
 * The province the hub put in focus on this display's maps (`map:focus`), or null when none: the maps then
 * show their layout's own view and focus. Kept across reconnects (the hub re-sends it on connect).
 */
export interface MapFocusSlice {
  mapFocus: MapFocus | null;
  /** Takes a `map:focus`; returns the reason when it is malformed or older than the one held (it is then ignored). */
  focusReceived(value: unknown): { ok: true } | { ok: false; reason: string };
}

export const createMapFocusSlice: StateCreator<MapFocusSlice> = (set, get) => ({
  mapFocus: null,
  focusReceived: (value) => {
    const parsed = mapFocusSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { ok: false, reason: `map:focus refused: ${issue ? `${issue.path.join('.') || '(message)'} ${issue.message}` : 'malformed'}` };
    }
    const held = get().mapFocus;
    if (held && parsed.data.seq < held.seq) return { ok: false, reason: `map:focus ${parsed.data.seq} is older than ${held.seq}` };
    set({ mapFocus: parsed.data });
    return { ok: true };
  },
});
