import type { StateCreator } from 'zustand/vanilla';
import { displayAssignmentSchema, type DisplayAssignment } from '../../../src/protocol/wall/index.js';

/** What this display shows: the last assignment the hub sent, kept through any disconnect. */
export interface AssignmentSlice {
  assignment: DisplayAssignment | null;
  assignedAt: number | null;
  /**
   * Takes a new assignment after checking its shape. A malformed one is refused (the previous one stays
   * on screen) and the reason is returned, so the caller can report it.
   */
  assign(candidate: unknown, now: number): { ok: true } | { ok: false; reason: string };
}

export const createAssignmentSlice: StateCreator<AssignmentSlice> = (set) => ({
  assignment: null,
  assignedAt: null,
  assign: (candidate, now) => {
    const checked = checkAssignment(candidate);
    if (!checked.ok) return checked;
    set({ assignment: checked.assignment, assignedAt: now });
    return { ok: true };
  },
});

function checkAssignment(value: unknown): { ok: true; assignment: DisplayAssignment } | { ok: false; reason: string } {
  const parsed = displayAssignmentSchema.safeParse(value);
  if (parsed.success) return { ok: true, assignment: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, reason: `assignment refused: ${issue ? `${issue.path.join('.') || '(assignment)'} ${issue.message}` : 'malformed'}` };
}
