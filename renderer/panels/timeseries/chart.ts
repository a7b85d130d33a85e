import { chartBase, SERIES_COLOURS, valueAxis, type ChartOption, type ChartSizes } from '../../charts/index.js';
import type { Locale } from '../../i18n/index.js';
import { defaultDecimals, formatNumber } from '../data-format.js';
import type { ShownSeries } from './model.js';

/** Line styles by series, so series differ by more than colour. */
export const DASHES = ['solid', 'dashed', 'dotted', [12, 6, 2, 6]] as const;

const YEAR_MS = 365.25 * 86_400_000;

/** The comparison chart: one line per series on a time axis, a value axis per unit, revised figures marked with a diamond. */
export function timeseriesOption(series: readonly ShownSeries[], sizes: ChartSizes, locale: Locale, timeZone: string): ChartOption {
  const base = chartBase(sizes);
  const all = series.flatMap((s) => s.points.map((p) => p.at));
  const span = all.length > 1 ? Math.max(...all) - Math.min(...all) : 0;
  const dateLabel = (at: number) => {
    const parts = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit' }).formatToParts(new Date(at - 1));
    const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
    return span > 3 * YEAR_MS ? get('year') : `${get('month')}/${get('year')}`;
  };
  const axes = [0, 1].filter((axis) => series.some((s) => s.axis === axis));
  const decimalsOf = (axis: number) => Math.max(0, ...series.filter((s) => s.axis === axis).flatMap((s) => s.points.slice(-1).map((p) => Math.min(1, defaultDecimals(p.value)))));
  return {
    ...base,
    // Room for the labels themselves (containLabel), plus half a line so the x labels clear the lowest y label.
    grid: { left: sizes.textPx * 0.5, right: sizes.textPx * (axes.length > 1 ? 0.5 : 1.2), top: sizes.textPx * 0.8, bottom: sizes.textPx * 0.3, containLabel: true },
    xAxis: {
      type: 'time',
      axisLine: base.axisLine,
      axisTick: { show: false },
      splitLine: { show: false },
      splitNumber: 3,
      axisLabel: { ...base.axisLabel, formatter: dateLabel, hideOverlap: true, margin: sizes.textPx * 0.6 },
    },
    yAxis: axes.map((axis) => valueAxis(sizes, (value) => formatNumber(value, decimalsOf(axis), locale), { position: axis === 0 ? 'left' : 'right', splitLine: axis === 0 ? base.splitLine : { show: false } })),
    series: series.map((s, index) => ({
      type: 'line',
      name: s.key,
      yAxisIndex: axes.indexOf(s.axis),
      showSymbol: true,
      symbolSize: sizes.textPx * 0.4,
      lineStyle: { width: sizes.linePx, color: SERIES_COLOURS[index], type: DASHES[index] },
      itemStyle: { color: SERIES_COLOURS[index] },
      data: s.points.map((p) => ({ value: [p.at, p.value], symbol: p.revised ? 'diamond' : 'none' })),
    })),
  };
}
