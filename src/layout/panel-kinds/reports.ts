import { z } from 'zod';
import { CHANNELS } from '../../protocol/feed/channels.js';
import { definePanelKind } from './define.js';

const REPORT_CHANNELS = [...CHANNELS.values()].filter((spec) => spec.reportKinds.length > 0).map((spec) => spec.channel) as [string, ...string[]];

export const reportsOptions = z
  .strictObject({
    /** The channels whose reports are shown (serious accidents, congestion, hot issues, warnings, incidents …). */
    channels: z.array(z.enum(REPORT_CHANNELS, { error: `must be a channel with reports: ${REPORT_CHANNELS.join(', ')}` })).min(1).max(6).default(['traffic/accidents', 'disaster/daily', 'disaster/warnings']),
    /** Only these kinds (default: every kind of those channels). */
    kinds: z.array(z.string().min(1).max(40)).min(1).max(20).optional(),
    /** Only reports at least this grave (reports without a severity count as "info"). */
    minSeverity: z.enum(['info', 'minor', 'moderate', 'severe', 'extreme']).default('info'),
    /** 'list': the newest `count` at once; 'rotate': one at a time, the next every `rotateSeconds`. */
    mode: z.enum(['list', 'rotate']).default('list'),
    count: z.number().int().min(1).max(6).default(3),
    rotateSeconds: z.number().int().min(5).max(120).default(15),
    /** Lines of each report's text under its title (0: the title only). */
    textLines: z.number().int().min(0).max(8).default(2),
    /** Show a report's picture (the hub's copy; never loaded from elsewhere). */
    media: z.boolean().default(true),
  })
  .superRefine((options, context) => {
    const known = new Set(options.channels.flatMap((channel) => CHANNELS.get(channel)?.reportKinds ?? []));
    options.kinds?.forEach((kind, index) => {
      if (!known.has(kind)) context.addIssue({ code: 'custom', path: ['kinds', index], message: `"${kind}" is not a report kind of ${options.channels.join(', ')} (kinds: ${[...known].join(', ')})` });
    });
  });

export type ReportsOptions = z.output<typeof reportsOptions>;

export const reportsKind = definePanelKind({
  kind: 'reports',
  title: { vi: 'Tin báo', en: 'Reports' },
  optionsVersion: 1,
  options: reportsOptions,
  migrations: {},
  channels: (options) => options.channels,
  // Each report: its title (up to two lines), where and when, its text.
  textNeeds: (options) => ({ lines: (options.mode === 'list' ? options.count : 1) * (3 + options.textLines), smallPrintLines: 3 }),
});
