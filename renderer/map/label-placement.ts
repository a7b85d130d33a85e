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
  /** Other centres to try, in order, when the first does not fit (an archipelago's name beside it, under it). */
  alternatives?: readonly { x: number; y: number }[];
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function placeLabels(
  candidates: readonly LabelCandidate[],
  panel: { width: number; height: number },
  blocked: readonly Rect[] = [],
  gap = 4,
  /** Filled with the centre each placed label took: 0 its own, 1… its alternatives. */
  chosen?: Map<string, number>,
): Set<string> {
  const order = [...candidates].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  const kept: Rect[] = [];
  const placed = new Set<string>();
  for (const label of order) {
    const centres = [{ x: label.x, y: label.y }, ...(label.alternatives ?? [])];
    const index = centres.findIndex(({ x, y }) => {
      const box: Rect = { left: x - label.width / 2, top: y - label.height / 2, right: x + label.width / 2, bottom: y + label.height / 2 };
      if (box.left < 0 || box.top < 0 || box.right > panel.width || box.bottom > panel.height) return false;
      if (blocked.some((rect) => overlaps(box, rect, 0))) return false;
      if (kept.some((rect) => overlaps(box, rect, gap))) return false;
      kept.push(box);
      return true;
    });
    if (index < 0) continue;
    placed.add(label.id);
    chosen?.set(label.id, index);
  }
  return placed;
}

function overlaps(a: Rect, b: Rect, gap: number): boolean {
  return a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;
}
