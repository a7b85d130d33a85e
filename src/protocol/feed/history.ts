/**
 * How much of a series the hub keeps and a display holds, per frequency of its figures: enough for the
 * previous period and a sparkline everywhere; a trading day of 10-second ticks; monthly, quarterly and
 * yearly series back to 2010 (the socio-economic indicators' history) for the charts over time. The
 * hub and the displays keep the same, so what a chart shows after a reconnect is what it showed before.
 */
export const HISTORY_BY_FREQUENCY: Readonly<Record<string, number>> = Object.freeze({
  instant: 2_048,
  month: 240,
  quarter: 80,
  'half-year': 40,
  year: 40,
});

/** Every other frequency (days, hours, weeks, ranges). */
export const DEFAULT_HISTORY = 64;

export function historyLimit(frequency: string): number {
  return Object.hasOwn(HISTORY_BY_FREQUENCY, frequency) ? HISTORY_BY_FREQUENCY[frequency]! : DEFAULT_HISTORY;
}
