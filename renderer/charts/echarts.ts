import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/**
 * The one place ECharts is put together: only the charts and components the wall uses (tree-shaken), and
 * the SVG renderer — wall charts hold tens to hundreds of points, SVG draws their text crisply at any
 * scale, and its text is in the page, where the far-seat text check measures it like any other text.
 */
echarts.use([LineChart, BarChart, GridComponent, MarkLineComponent, SVGRenderer]);

export { echarts };
export type { EChartsCoreOption as ChartOption } from 'echarts/core';
