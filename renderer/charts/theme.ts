/**
 * The wall's chart theme, built for a display's text heights: every label is at least the minimum text
 * height (px), axes and grid lines are quiet, and series take the Okabe–Ito colour-blind-safe palette
 * (lightened for the dark ground, as the CSS theme's accents), never telling series apart by colour alone
 * where it matters (a legend word or a line style goes with it).
 */
export const SERIES_COLOURS = ['#5cc0f0', '#f2b134', '#2ec4a0', '#ff7448', '#d99bd0', '#f0e442', '#7aa7ff'] as const;

export const CHART_TEXT = '#f1f5fb';
export const CHART_TEXT_SECONDARY = '#b3c1d4';
const LINE = '#2d3f5c';
const FONT = "'Be Vietnam Pro', 'Noto Sans', 'DejaVu Sans', sans-serif";

export interface ChartSizes {
  /** The display's minimum text height, px (every label). */
  textPx: number;
  /** Line widths scale with the display so a line is seen from the far seat: about a tenth of the text height. */
  linePx: number;
}

export function chartSizes(minTextHeightVh: number, viewportHeightPx: number): ChartSizes {
  const textPx = Math.ceil((minTextHeightVh * viewportHeightPx) / 100);
  return { textPx, linePx: Math.max(2, Math.round(textPx / 10)) };
}

/** The base of every wall chart's option: merged under a panel's own series and axes. */
export function chartBase(sizes: ChartSizes) {
  const label = { color: CHART_TEXT_SECONDARY, fontSize: sizes.textPx, fontFamily: FONT, fontWeight: 600 as const };
  return {
    animation: false,
    backgroundColor: 'transparent',
    color: [...SERIES_COLOURS],
    textStyle: { fontFamily: FONT, fontSize: sizes.textPx, color: CHART_TEXT },
    axisLabel: label,
    axisLine: { lineStyle: { color: LINE, width: Math.max(1, sizes.linePx / 2) } },
    splitLine: { lineStyle: { color: LINE, width: 1 } },
  };
}

/** A value axis with few, legible labels: the far seat reads two or three numbers, not ten. */
export function valueAxis(sizes: ChartSizes, format: (value: number) => string, extra: Record<string, unknown> = {}) {
  const base = chartBase(sizes);
  return {
    type: 'value',
    scale: true,
    splitNumber: 2,
    axisLabel: { ...base.axisLabel, formatter: format },
    axisLine: { show: false },
    axisTick: { show: false },
    splitLine: base.splitLine,
    ...extra,
  };
}
