import { z } from 'zod';
import { AQI_CITIES, isAreaCode } from '../../domain/areas/index.js';
import { definePanelKind } from './define.js';

export const weatherOptions = z.strictObject({
  /** 'forecast': today and the next days per area, with the active warnings; 'emissions': large emission sources and their monitoring. */
  view: z.enum(['forecast', 'emissions']).default('forecast'),
  /** The forecast's rows: provinces (34-unit codes) or "VN"; by default the five centrally-run cities. */
  areas: z
    .array(z.string().refine(isAreaCode, { message: 'is not a known area code' }))
    .min(1)
    .max(8)
    .default(AQI_CITIES.map((city) => city.area)),
  /** Today and how many days after it (the forecast reaches three days ahead). */
  days: z.number().int().min(1).max(4).default(4),
  /** Emissions: the provinces with the most sources over the limit, after the nationwide line. */
  top: z.number().int().min(1).max(8).default(4),
});

export type WeatherOptions = z.output<typeof weatherOptions>;

export const weatherKind = definePanelKind({
  kind: 'weather',
  title: { vi: 'Thời tiết', en: 'Weather' },
  optionsVersion: 1,
  options: weatherOptions,
  migrations: {},
  channels: (options) => (options.view === 'forecast' ? ['environment/weather', 'disaster/warnings'] : ['environment/emissions']),
  // forecast: a heading, a row per area, the warnings line; emissions: a heading, the nation and the top provinces.
  textNeeds: (options) => ({ lines: options.view === 'forecast' ? options.areas.length + 2 : options.top + 2, smallPrintLines: 3 }),
});
