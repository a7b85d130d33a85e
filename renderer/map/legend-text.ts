import type { Locale } from '../i18n/index.js';
import { defaultDecimals, formatNumber } from '../panels/data-format.js';
import type { ClassBreaks } from './class-breaks.js';

/**
 * The legend's words for each class, lowest first. Whole-number data reads as whole-number ranges within
 * the data ("0", "1–2", "3–9"); other data as limits ("< 2,5", "2,5–5", "≥ 5"). Class i holds
 * thresholds[i - 1] ≤ v < thresholds[i], so a whole-number class ends one below the next limit.
 */
export function classLabels(breaks: ClassBreaks, locale: Locale): string[] {
  const { thresholds, min, max, whole } = breaks;
  const n = thresholds.length + 1;
  const decimals = whole ? 0 : Math.max(...[...thresholds, min, max].map(defaultDecimals));
  const f = (value: number) => formatNumber(value, decimals, locale);
  const labels: string[] = [];
  for (let i = 0; i < n; i++) {
    const low = i === 0 ? null : thresholds[i - 1]!;
    const high = i === n - 1 ? null : thresholds[i]!;
    if (whole) {
      const from = low ?? Math.min(min, high !== null ? high - 1 : min);
      const to = high !== null ? high - 1 : Math.max(max, from);
      labels.push(from === to ? f(from) : `${f(from)}–${f(to)}`);
    } else if (low === null) labels.push(high !== null ? `< ${f(high)}` : min === max ? f(min) : `${f(min)}–${f(max)}`);
    else if (high === null) labels.push(`≥ ${f(low)}`);
    else labels.push(`${f(low)}–${f(high)}`);
  }
  return labels;
}
