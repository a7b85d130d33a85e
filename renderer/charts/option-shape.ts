import type { ChartOption } from './echarts.js';

const count = (value: unknown) => (Array.isArray(value) ? value.length : value === undefined ? 0 : 1);

/**
 * How many series, axes and grids an option has: while it stays the same, a new option is merged into the
 * chart (ECharts updates its drawing in place — rebuilding every SVG element ten times a second made long
 * tasks); when it changes, those components are replaced, or the old ones would stay drawn.
 */
export function optionShape(option: ChartOption): string {
  return [option.series, option.xAxis, option.yAxis, option.grid].map(count).join('|');
}
