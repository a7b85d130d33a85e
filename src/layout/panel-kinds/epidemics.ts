import { z } from 'zod';
import { definePanelKind } from './define.js';

export const epidemicsOptions = z.strictObject({
  /** 'covid': Covid-19 of the latest day in Viet Nam and the world; 'diseases': the other epidemics of the latest week, per disease. */
  view: z.enum(['covid', 'diseases']).default('covid'),
  /** Covid: the provinces with the most new cases, under the nationwide figure. */
  provinces: z.number().int().min(0).max(5).default(3),
});

export type EpidemicsOptions = z.output<typeof epidemicsOptions>;

export const epidemicsKind = definePanelKind({
  kind: 'epidemics',
  title: { vi: 'Dịch bệnh', en: 'Epidemics' },
  optionsVersion: 1,
  options: epidemicsOptions,
  migrations: {},
  channels: (options) => [options.view === 'covid' ? 'health/covid19' : 'health/epidemics'],
  textNeeds: (options) => ({ lines: options.view === 'covid' ? 5 + options.provinces : 6, smallPrintLines: 3 }),
});
