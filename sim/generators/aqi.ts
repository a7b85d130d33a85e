import { AQI_CITIES } from '../../src/domain/areas/index.js';
import { ChannelModel } from '../model/channel-model.js';
import { hourStamp, SlotBuilder } from '../model/items.js';
import { hourlySchedule } from '../model/schedules.js';
import { gaussian, rng, round, smoothNoise, uniform } from '../prng.js';
import { dayIndex, hourOfDay, HOUR, MINUTE, seasonAngle, uses63Units } from '../time.js';
import type { GeneratorContext } from './context.js';

/**
 * environment/aqi — hourly concentrations of the six pollutants in the 5 centrally-run cities.
 * Shape: a seasonal cycle (Hà Nội and Hải Phòng worst in winter, the south in the dry season),
 * multi-day pollution episodes, a diurnal cycle (rush-hour peaks of PM, NO₂ and CO; O₃ at midday),
 * and hourly noise. Hour H is published at H+1 plus 5–12 minutes, provisional (unvalidated monitoring data).
 */
export const AQI_METRICS = ['conc.pm25', 'conc.pm10', 'conc.o3', 'conc.no2', 'conc.so2', 'conc.co'] as const;
export type AqiMetric = (typeof AQI_METRICS)[number];

interface CityClimate {
  pm25: number;
  /** Seasonal swing of PM (fraction) and the day of the year it peaks. */
  swing: number;
  peakDay: number;
  no2: number;
  co: number;
}

const CLIMATE: Record<string, CityClimate> = {
  'VN-HN': { pm25: 42, swing: 0.55, peakDay: 15, no2: 38, co: 1500 },
  'VN-HP': { pm25: 36, swing: 0.5, peakDay: 15, no2: 30, co: 1200 },
  'VN-SG': { pm25: 29, swing: 0.3, peakDay: 45, no2: 34, co: 1400 },
  'VN-DN': { pm25: 19, swing: 0.35, peakDay: 20, no2: 18, co: 800 },
  'VN-CT': { pm25: 25, swing: 0.3, peakDay: 50, no2: 20, co: 900 },
};

const bump = (hour: number, at: number, width: number) => Math.exp(-((hour - at) ** 2) / (2 * width * width));

/** The concentration of one pollutant in one city over the hour starting at `hourStart` (µg/m³). */
export function concentration(seed: number, iso63: string, metric: AqiMetric, hourStart: number): number {
  const climate = CLIMATE[iso63];
  if (!climate) throw new Error(`sim/aqi: no climate for ${iso63}`);
  const hourIndex = Math.floor(hourStart / HOUR);
  const day = dayIndex(hourStart);
  const h = hourOfDay(hourStart);
  const season = 1 + climate.swing * Math.cos(seasonAngle(day) - (2 * Math.PI * climate.peakDay) / 365.25);
  const episode = Math.exp(0.4 * smoothNoise(seed, `aqi|episode|${iso63}`, hourIndex, 54));
  const noiseOf = (of: AqiMetric) => Math.exp(0.12 * gaussian(rng(seed, 'aqi', iso63, of, hourIndex)));
  const noise = noiseOf(metric);
  const rush = 1 + 0.35 * bump(h, 8, 1.5) + 0.4 * bump(h, 19.5, 2) - 0.25 * bump(h, 14, 2.5);
  const inversion = climate.swing > 0.4 ? 1 + 0.25 * (season - 1) * (bump(h, 2, 3) + bump(h, 23, 2)) : 1;
  const pm25 = climate.pm25 * season * episode * rush * inversion;
  switch (metric) {
    case 'conc.pm25':
      return round(pm25 * noise, 1);
    case 'conc.pm10':
      // PM10 holds the PM2.5 (the fine particles are part of it): the same hour's PM2.5 times a coarse share.
      return round(pm25 * noiseOf('conc.pm25') * (1.45 + 0.4 * uniform(seed, 'aqi|pm10', iso63, hourIndex)), 1);
    case 'conc.no2':
      return round(climate.no2 * episode * (0.7 + 0.6 * bump(h, 8, 1.5) + 0.7 * bump(h, 18.5, 1.8)) * noise, 1);
    case 'conc.co':
      return Math.round(climate.co * episode * (0.75 + 0.5 * bump(h, 8, 1.5) + 0.6 * bump(h, 19, 2)) * noise);
    case 'conc.so2':
      return round((6 + climate.no2 * 0.25) * Math.sqrt(episode) * noise, 1);
    case 'conc.o3': {
      const sun = Math.max(0, Math.sin((Math.PI * (h - 6)) / 13));
      const dry = 1 + 0.25 * Math.cos(seasonAngle(day) - (2 * Math.PI * 100) / 365.25);
      return round((18 + 95 * sun * dry) * noise, 1);
    }
  }
}

export function createAqi({ seed, spec }: GeneratorContext): ChannelModel {
  const build = (hourStart: number) => {
    const builder = new SlotBuilder(spec);
    const stamp = hourStamp(hourStart);
    const old = uses63Units(dayIndex(hourStart));
    for (const city of AQI_CITIES) {
      const at = hourStart + HOUR + 5 * MINUTE + Math.floor(uniform(seed, 'aqi|delay', city.iso63, hourStart) * 7) * MINUTE;
      for (const metric of AQI_METRICS) builder.observe({ at }, stamp, metric, old ? city.iso63 : city.area, concentration(seed, city.iso63, metric, hourStart));
    }
    return builder.done();
  };
  return new ChannelModel(spec, [hourlySchedule({ lagSlots: 1, windowSlots: 48, build })]);
}
