export { Chart } from './Chart.js';
export type { ChartOption } from './echarts.js';
export { chartBase, chartSizes, SERIES_COLOURS, valueAxis, type ChartSizes } from './theme.js';
export { sparklineOption } from './sparkline.js';
export { useChartSizes } from './use-chart-sizes.js';
