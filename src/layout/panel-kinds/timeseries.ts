import { z } from 'zod';
import { isAreaCode } from '../../domain/areas/index.js';
import { builtInCatalogue } from '../../domain/indicators/index.js';
import { CHANNEL_NAMES, CHANNELS, metricSpec } from '../../protocol/feed/channels.js';
import { definePanelKind } from './define.js';

const area = z
  .string()
  .refine(isAreaCode, { message: 'is not a known area code' })
  .default('VN');
const label = z.string().min(1).max(60).optional();

const seriesOption = z.union([
  /** An indicator of the catalogue (channel indicators/kt-xh, its own frequency). */
  z.strictObject({ indicator: z.string().refine((code) => builtInCatalogue().get(code) !== undefined, { message: 'is not an indicator of the catalogue' }), area, label }),
  /** Any metric of a channel, at one frequency. */
  z.strictObject({ channel: z.enum(CHANNEL_NAMES as [string, ...string[]]), metric: z.string().min(1).max(80), area, frequency: z.enum(['hour', 'day', 'week', 'month', 'quarter', 'half-year', 'year', 'range']).default('day'), label }),
]);

export type SeriesOption = z.output<typeof seriesOption>;

/** The channel, metric, frequency and unit a series option stands for (undefined where the catalogue has no such metric). */
export function seriesSpec(series: SeriesOption): { channel: string; metric: string; area: string; frequency: string; unit: string | undefined } {
  if ('indicator' in series) {
    const indicator = builtInCatalogue().get(series.indicator);
    return { channel: 'indicators/kt-xh', metric: `kt-xh.${series.indicator}`, area: series.area, frequency: indicator?.frequency ?? 'month', unit: indicator?.unit };
  }
  const channel = CHANNELS.get(series.channel);
  return { channel: series.channel, metric: series.metric, area: series.area, frequency: series.frequency, unit: channel ? metricSpec(channel, series.metric)?.unit : undefined };
}

export const timeseriesOptions = z
  .strictObject({
    /** One to four series, compared on one time axis; each unit gets its own value axis (two at most). */
    series: z.array(seriesOption).min(1).max(4),
    /** The first year shown (history back to 2010, as far as the hub holds it). */
    from: z.number().int().min(2010).max(2100).optional(),
  })
  .superRefine((options, context) => {
    const units = new Set<string>();
    options.series.forEach((series, index) => {
      const spec = seriesSpec(series);
      if (spec.unit === undefined) context.addIssue({ code: 'custom', path: ['series', index, 'metric'], message: `"${spec.metric}" is not a metric of ${spec.channel}` });
      else units.add(spec.unit);
    });
    if (units.size > 2) context.addIssue({ code: 'custom', path: ['series'], message: `compares ${units.size} units (${[...units].join(', ')}): at most two, one axis on each side` });
  });

export type TimeseriesOptions = z.output<typeof timeseriesOptions>;

export const timeseriesKind = definePanelKind({
  kind: 'timeseries',
  title: { vi: 'Diễn biến theo thời gian', en: 'Over time' },
  optionsVersion: 1,
  options: timeseriesOptions,
  migrations: {},
  channels: (options) => [...new Set(options.series.map((series) => seriesSpec(series).channel))],
  // The legend (a line per series), the axis labels (two lines), and the chart itself (three at least).
  textNeeds: (options) => ({ lines: options.series.length + 5, smallPrintLines: 3 }),
});
