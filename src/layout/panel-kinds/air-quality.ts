import { z } from 'zod';
import { AQI_CITIES } from '../../domain/areas/index.js';
import { definePanelKind } from './define.js';

const CITY_AREAS = AQI_CITIES.map((city) => city.area) as [string, ...string[]];

export const airQualityOptions = z.strictObject({
  /** The monitoring cities to show, in this order (34-unit codes of the five AQI cities). */
  cities: z
    .array(z.enum(CITY_AREAS, { error: `must be one of the AQI cities: ${CITY_AREAS.join(', ')}` }))
    .min(1)
    .max(CITY_AREAS.length)
    .refine((cities) => new Set(cities).size === cities.length, 'lists a city twice')
    .default([...CITY_AREAS]),
  /** The last 24 hours' hourly AQI as a small line per city. */
  trend: z.boolean().default(true),
  /** The daily AQI of the last complete day. */
  daily: z.boolean().default(true),
});

export type AirQualityOptions = z.output<typeof airQualityOptions>;

export const airQualityKind = definePanelKind({
  kind: 'air-quality',
  title: { vi: 'Chất lượng không khí (VN_AQI)', en: 'Air quality (VN_AQI)' },
  optionsVersion: 1,
  options: airQualityOptions,
  migrations: {},
  channels: () => ['environment/aqi'],
  // A header row, one row per city; the source and times in small print.
  textNeeds: (options) => ({ lines: options.cities.length + 1, smallPrintLines: 3 }),
});
