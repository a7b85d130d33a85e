import type { StateCreator } from 'zustand/vanilla';
import { displayAssignmentSchema, type DisplayAssignment } from '../../../src/protocol/wall/index.js';

/** An assignment being prepared off-screen for a two-phase switch. */
export interface PendingAssignment {
  switchId: string;
  assignment: DisplayAssignment;
  preparedSince: number;
}

/**
 * What this display shows: the assignment on screen (kept through any disconnect), and the one being
 * prepared off-screen for a switch, which `commitPending` brings on screen without rendering it again.
 */
export interface AssignmentSlice {
  assignment: DisplayAssignment | null;
  assignedAt: number | null;
  pending: PendingAssignment | null;
  /**
   * The assignment a switch just replaced, kept mounted but hidden for a moment: the swap frame then only
   * flips visibility, and the old layer's unmounting happens after that frame is on screen.
   */
  retiring: DisplayAssignment | null;
  /** Unmounts the replaced layer (called once the swap is painted). */
  retire(): void;
  /**
   * Takes a new assignment at once (on connect, or after a switch this display was not part of), after
   * checking its shape. A malformed one is refused (the previous one stays on screen) and the reason is
   * returned, so the caller can report it. Anything being prepared is dropped.
   */
  assign(candidate: unknown, now: number): { ok: true } | { ok: false; reason: string };
  /** Starts preparing an assignment off-screen; refused (with the reason) when it is malformed. */
  prepare(switchId: string, candidate: unknown, now: number): { ok: true; assignment: DisplayAssignment } | { ok: false; reason: string };
  /** Brings the prepared assignment on screen; false when it is not the one prepared. */
  commitPending(switchId: string, now: number): boolean;
  abortPending(switchId: string): void;
}

export const createAssignmentSlice: StateCreator<AssignmentSlice> = (set, get) => ({
  assignment: null,
  assignedAt: null,
  pending: null,
  retiring: null,
  assign: (candidate, now) => {
    const checked = checkAssignment(candidate);
    if (!checked.ok) return checked;
    set({ assignment: checked.assignment, assignedAt: now, pending: null, retiring: null });
    return { ok: true };
  },
  retire: () => {
    if (get().retiring) set({ retiring: null });
  },
  prepare: (switchId, candidate, now) => {
    const checked = checkAssignment(candidate);
    if (!checked.ok) return checked;
    set({ pending: { switchId, assignment: checked.assignment, preparedSince: now } });
    return checked;
  },
  commitPending: (switchId, now) => {
    const pending = get().pending;
    if (pending?.switchId !== switchId) return false;
    set({ assignment: pending.assignment, assignedAt: now, pending: null, retiring: get().assignment });
    return true;
  },
  abortPending: (switchId) => {
    if (get().pending?.switchId === switchId) set({ pending: null });
  },
});

function checkAssignment(value: unknown): { ok: true; assignment: DisplayAssignment } | { ok: false; reason: string } {
  const parsed = displayAssignmentSchema.safeParse(value);
  if (parsed.success) return { ok: true, assignment: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, reason: `assignment refused: ${issue ? `${issue.path.join('.') || '(assignment)'} ${issue.message}` : 'malformed'}` };
}

/** The key of an assignment's layer on screen: the same layer stays mounted when it moves from prepared to shown. */
export function layerKey(assignment: DisplayAssignment): string {
  return `${assignment.layout.id}@${assignment.layout.version}`;
}
