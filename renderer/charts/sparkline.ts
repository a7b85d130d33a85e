import type { ChartOption } from './echarts.js';
import { chartBase, SERIES_COLOURS, type ChartSizes } from './theme.js';

/**
 * A small line with no axes or labels (the figure beside it says the number): a trend seen at a glance.
 * Gaps (null) stay gaps. `bands`: horizontal background stripes [from, to, colour] (AQI levels).
 */
export function sparklineOption(values: readonly (number | null)[], sizes: ChartSizes, colour: string = SERIES_COLOURS[0], bands: readonly (readonly [number, number, string])[] = []): ChartOption {
  const base = chartBase(sizes);
  return {
    animation: base.animation,
    backgroundColor: base.backgroundColor,
    grid: { left: sizes.linePx, right: sizes.linePx * 2, top: sizes.linePx * 2, bottom: sizes.linePx * 2 },
    xAxis: { type: 'category', show: false, boundaryGap: false, data: values.map((_, i) => i) },
    yAxis: { type: 'value', show: false, scale: true },
    series: [
      {
        type: 'line',
        data: values,
        connectNulls: false,
        showSymbol: false,
        lineStyle: { color: colour, width: sizes.linePx },
        silent: true,
        markLine: bands.length === 0 ? undefined : { silent: true, symbol: 'none', label: { show: false }, data: bands.map(([from, , stripe]) => ({ yAxis: from, lineStyle: { color: stripe, type: 'dashed', width: 1 } })) },
      },
    ],
  };
}
