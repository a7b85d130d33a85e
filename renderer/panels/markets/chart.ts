import { chartBase, SERIES_COLOURS, valueAxis, type ChartOption, type ChartSizes } from '../../charts/index.js';
import type { Locale } from '../../i18n/index.js';
import { formatNumber, formatTime } from '../data-format.js';
import type { MarketView } from './model.js';

const MINUTE = 60_000;
const LUNCH = [150, 240]; // 11:30 and 13:00, minutes after 09:00
const LABELS = [0, 150, 240, 345]; // 09:00, 11:30, 13:00, 14:45

/** The intraday line (a gap over lunch, the previous close dashed) over the quarter-hour turnover bars. */
export function intradayOption(view: MarketView, sizes: ChartSizes, locale: Locale, timeZone: string): ChartOption {
  const open = view.dayOpen ?? 0;
  const base = chartBase(sizes);
  const line: [number, number | null][] = [];
  for (const point of view.intraday) {
    const minute = (point[0] - open) / MINUTE;
    const previous = line.at(-1);
    if (previous && (previous[0] - open) / MINUTE <= LUNCH[0]! && minute >= LUNCH[1]!) line.push([open + 200 * MINUTE, null]);
    line.push(point);
  }
  const time = (value: number) => formatTime(value, timeZone, 'time');
  const xAxis = (gridIndex: number, labels: boolean) => ({
    type: 'time',
    gridIndex,
    min: open,
    max: open + LABELS.at(-1)! * MINUTE,
    axisLine: base.axisLine,
    axisTick: { show: false },
    splitLine: { show: false },
    axisLabel: labels ? { ...base.axisLabel, customValues: LABELS.map((minute) => open + minute * MINUTE), formatter: time, hideOverlap: true } : { show: false },
  });
  return {
    ...base,
    grid: [
      { left: sizes.textPx * 3.2, right: sizes.textPx * 1.6, top: sizes.textPx * 0.6, bottom: sizes.textPx * 3.4 },
      { left: sizes.textPx * 3.2, right: sizes.textPx * 1.6, height: sizes.textPx * 1.4, bottom: sizes.textPx * 1.6 },
    ],
    xAxis: [xAxis(0, false), xAxis(1, true)],
    yAxis: [valueAxis(sizes, (value) => formatNumber(value, 0, locale), { gridIndex: 0 }), { type: 'value', gridIndex: 1, show: false }],
    series: [
      {
        type: 'line',
        xAxisIndex: 0,
        yAxisIndex: 0,
        data: line,
        showSymbol: false,
        connectNulls: false,
        lineStyle: { width: sizes.linePx, color: SERIES_COLOURS[0] },
        markLine: view.previousClose
          ? { silent: true, symbol: 'none', label: { show: false }, lineStyle: { type: 'dashed', color: '#b3c1d4', width: Math.max(1, sizes.linePx / 2) }, data: [{ yAxis: view.previousClose.value }] }
          : undefined,
      },
      { type: 'bar', xAxisIndex: 1, yAxisIndex: 1, data: view.turnoverBars.map(([at, value]) => [at + 7.5 * MINUTE, value]), barWidth: '60%', itemStyle: { color: SERIES_COLOURS[1] }, silent: true },
    ],
  };
}
