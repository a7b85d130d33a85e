import { z } from 'zod';
import { definePanelKind } from './define.js';

export const marketsOptions = z.strictObject({
  /** The index: VN-Index (HOSE) or HNX-Index (HNX). */
  index: z.enum(['vnindex', 'hnxindex']).default('vnindex'),
  /**
   * The intraday chart: 'line' (the index by minute, the previous close as a dashed line) with the
   * turnover as bars by quarter hour, or 'none'. Candles need each bar's open, high and low, which the
   * feed does not carry (it carries ticks).
   */
  chart: z.enum(['line', 'none']).default('line'),
});

export type MarketsOptions = z.output<typeof marketsOptions>;

export const marketsKind = definePanelKind({
  kind: 'markets',
  title: { vi: 'Thị trường chứng khoán', en: 'Stock market' },
  optionsVersion: 1,
  options: marketsOptions,
  migrations: {},
  channels: () => ['finance/markets'],
  // The index (drawn larger: two lines), its change and the session, the turnover; the chart's axis labels (two lines).
  textNeeds: (options) => ({ lines: 4 + (options.chart === 'line' ? 2 : 0), smallPrintLines: 3 }),
});
