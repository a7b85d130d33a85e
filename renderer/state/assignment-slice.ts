import type { StateCreator } from 'zustand/vanilla';
import { displaySchema } from '../../src/layout/schema.js';
import type { DisplayAssignment } from '../../src/protocol/wall.js';
import { isLocale } from '../i18n/index.js';

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
  if (typeof value !== 'object' || value === null) return { ok: false, reason: 'assignment is not an object' };
  const candidate = value as Partial<DisplayAssignment>;
  const layout = candidate.layout;
  if (!layout || typeof layout.version !== 'string' || typeof layout.timeZone !== 'string' || !isLocale(layout.locale)) {
    return { ok: false, reason: 'assignment.layout must carry version, locale (vi-VN or en-GB) and timeZone' };
  }
  if (typeof candidate.minTextHeightVh !== 'number' || !(candidate.minTextHeightVh > 0)) {
    return { ok: false, reason: 'assignment.minTextHeightVh must be a positive number' };
  }
  // The display's grid and placements drive the CSS grid: check them with the layout's own schema.
  // Panel options are checked later, panel by panel, by each kind's schema.
  const display = displaySchema.safeParse(candidate.display);
  if (!display.success) {
    const issue = display.error.issues[0];
    return { ok: false, reason: `assignment.display is invalid: ${issue ? `${issue.path.join('.')} ${issue.message}` : 'unknown problem'}` };
  }
  return { ok: true, assignment: { ...(candidate as DisplayAssignment), display: display.data } };
}
