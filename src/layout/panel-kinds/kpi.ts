import { z } from 'zod';
import { isAreaCode } from '../../domain/areas/index.js';
import { CHANNEL_NAMES, CHANNELS, metricSpec } from '../../protocol/feed/channels.js';
import { definePanelKind } from './define.js';

export const kpiOptions = z
  .strictObject({
    /** Feed channel, e.g. "traffic/accidents". */
    channel: z.enum(CHANNEL_NAMES as [string, ...string[]]),
    /** Metric of that channel, e.g. "deaths". */
    metric: z.string().min(1).max(80),
    /** Area code: "VN", "VN34-01" (34 units), "VN-HN" (63 units, history). */
    area: z.string().default('VN'),
    /** Overrides the metric's name from the channel catalogue. */
    label: z.string().min(1).max(80).optional(),
    decimals: z.number().int().min(0).max(4).optional(),
    /** Which way is better, for colouring the change (deaths going down is good). */
    better: z.enum(['up', 'down', 'neither']).default('neither'),
  })
  .superRefine((options, context) => {
    const channel = CHANNELS.get(options.channel);
    if (channel && !metricSpec(channel, options.metric)) {
      const known = Object.keys(channel.metrics).join(', ');
      context.addIssue({ code: 'custom', path: ['metric'], message: `"${options.metric}" is not a metric of ${options.channel} (metrics: ${known})` });
    }
    if (!isAreaCode(options.area)) context.addIssue({ code: 'custom', path: ['area'], message: `"${options.area}" is not a known area code` });
  });

export type KpiOptions = z.output<typeof kpiOptions>;

export const kpiKind = definePanelKind({
  kind: 'kpi',
  title: { vi: 'Chỉ số', en: 'Key figure' },
  optionsVersion: 1,
  options: kpiOptions,
  migrations: {},
  channels: (options) => [options.channel],
  // The value (drawn larger: two lines), its change, what it is compared with, the period, the state; the
  // source and the times in small print.
  textNeeds: () => ({ lines: 6, smallPrintLines: 3 }),
});
