/**
 * Class breaks of a choropleth: the limits that split the provinces' figures into coloured classes.
 * Class i holds the values v with thresholds[i - 1] ≤ v < thresholds[i] (the first from −∞, the last to +∞).
 * Limits that would leave a class empty by construction (ties in the data, a flat series) are dropped, so
 * there may be fewer classes than asked; the legend then shows fewer, never an empty swatch.
 */
export type ClassMethod = 'quantile' | 'equal' | 'manual';

export interface ClassBreaks {
  /** Ascending, distinct; classes = thresholds.length + 1. */
  thresholds: number[];
  min: number;
  max: number;
  /** Every value is a whole number: the legend shows whole-number ranges ("3–5"). */
  whole: boolean;
}

export function classBreaks(values: readonly number[], method: ClassMethod, classes: number, manual?: readonly number[]): ClassBreaks | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  const whole = sorted.every(Number.isInteger);
  let thresholds: number[];
  switch (method) {
    case 'manual':
      // The layout's limits stand as given, even where the data leaves a class empty: the legend is fixed.
      return { thresholds: [...(manual ?? [])], min, max, whole: whole && (manual ?? []).every(Number.isInteger) };
    case 'equal':
      thresholds = equalThresholds(min, max, classes, whole);
      break;
    case 'quantile':
      thresholds = quantileThresholds(sorted, classes);
      break;
  }
  return { thresholds: distinctAbove(thresholds, min, max), min, max, whole };
}

/** The class of a value (0 … thresholds.length). */
export function classOf(value: number, thresholds: readonly number[]): number {
  let low = 0;
  let high = thresholds.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (thresholds[mid]! <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Limit k is the first value of the k-th of `classes` equal-count groups. */
function quantileThresholds(sorted: readonly number[], classes: number): number[] {
  const thresholds: number[] = [];
  for (let k = 1; k < classes; k++) thresholds.push(sorted[Math.min(sorted.length - 1, Math.ceil((k * sorted.length) / classes))]!);
  return thresholds;
}

function equalThresholds(min: number, max: number, classes: number, whole: boolean): number[] {
  const step = (max - min) / classes;
  const thresholds: number[] = [];
  // Whole-number data gets whole-number limits (a class "2.4–4.8 deaths" means nothing).
  for (let k = 1; k < classes; k++) thresholds.push(whole ? Math.ceil(min + k * step) : min + k * step);
  return thresholds;
}

/** Drops limits ≤ min (they would leave the first class empty), > max, and repeats. */
function distinctAbove(thresholds: readonly number[], min: number, max: number): number[] {
  const result: number[] = [];
  for (const value of thresholds) {
    if (value <= min || value > max) continue;
    if (result.length > 0 && value <= result[result.length - 1]!) continue;
    result.push(value);
  }
  return result;
}
