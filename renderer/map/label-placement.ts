/**
 * Which labels fit: greedy, most important first, each kept only if its box lies inside the panel, clear of
 * the boxes already kept and of the areas held by the legend or the focus card. Labels are never shrunk
 * below the minimum text height to make room: a label that does not fit at that size is left out (the
 * province is still painted, and named in the legend's table). Pure, so it is tested without a map.
 */
export interface LabelCandidate {
  id: string;
  /** Centre of the label, CSS pixels from the panel's top left. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Higher is placed first. */
  priority: number;
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function placeLabels(candidates: readonly LabelCandidate[], panel: { width: number; height: number }, blocked: readonly Rect[] = [], gap = 4): Set<string> {
  const order = [...candidates].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  const kept: Rect[] = [];
  const placed = new Set<string>();
  for (const label of order) {
    const box: Rect = { left: label.x - label.width / 2, top: label.y - label.height / 2, right: label.x + label.width / 2, bottom: label.y + label.height / 2 };
    if (box.left < 0 || box.top < 0 || box.right > panel.width || box.bottom > panel.height) continue;
    if (blocked.some((rect) => overlaps(box, rect, 0))) continue;
    if (kept.some((rect) => overlaps(box, rect, gap))) continue;
    kept.push(box);
    placed.add(label.id);
  }
  return placed;
}

function overlaps(a: Rect, b: Rect, gap: number): boolean {
  return a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;
}
