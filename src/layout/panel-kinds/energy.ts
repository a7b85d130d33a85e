import { z } from 'zod';
import { definePanelKind } from './define.js';

export const energyOptions = z.strictObject({
  /** The source mix of the day as bars, beside the output, peak load and revenue. */
  mix: z.boolean().default(true),
});

export type EnergyOptions = z.output<typeof energyOptions>;

export const energyKind = definePanelKind({
  kind: 'energy',
  title: { vi: 'Điện: sản lượng, nguồn, doanh thu', en: 'Electricity: output, sources, revenue' },
  optionsVersion: 1,
  options: energyOptions,
  migrations: {},
  channels: () => ['energy/electricity'],
  // A heading and two figures (output, revenue); the mix: five bars, a line each.
  textNeeds: (options) => ({ lines: 3 + (options.mix ? 5 : 0), smallPrintLines: 3 }),
});
