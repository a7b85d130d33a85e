import { AQI_CITIES } from '../../../src/domain/areas/index.js';
import { dailyAqi, hourlyAqi, NOWCAST_HOURS, POLLUTANT_METRICS, POLLUTANTS, type AqiBand, type HourlyConcentrations, type Pollutant } from '../../../src/domain/aqi/index.js';
import type { HeldObservation } from '../../../src/protocol/wall/index.js';
import { vnDayStart, type ChannelData } from '../../state/wall/feed-data.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** "Past Kém": from Xấu (151) up, the city stands out. */
export const ALERT_FROM_AQI = 151;

export interface AqiNow {
  aqi: number;
  band: AqiBand;
  dominant: Pollutant;
  /** End of the hour it is for (ms). */
  hourEnd: number;
}

export interface CityAirQuality {
  area: string;
  name: string;
  /** The current hourly VN_AQI (NowCast for PM), or null without enough data (no PM in the last hours). */
  now: AqiNow | null;
  /** The 24 hourly AQIs up to `now`, oldest first (null where an hour has none). */
  trend: (number | null)[];
  /** The daily AQI of the last complete day in Viet Nam, and that day (its start, ms). */
  daily: { aqi: number | null; band: AqiBand | null; dayStart: number } | null;
  alert: boolean;
  /** The newest figure behind `now`, for the freshness badge. */
  provenance: HeldObservation | null;
}

/** The city's hourly concentrations by hour end (ms), from the channel's conc.* series of its area. */
function hoursOf(channel: ChannelData, areas: readonly string[]): { hours: Map<number, HourlyConcentrations>; newest: HeldObservation | null } {
  const hours = new Map<number, HourlyConcentrations>();
  let newest: HeldObservation | null = null;
  for (const area of areas) {
    for (const pollutant of POLLUTANTS) {
      const series = channel.series.get(`${POLLUTANT_METRICS[pollutant]}|${area}|µg/m³`);
      if (!series) continue;
      for (const figure of series.entries) {
        if (figure.period.frequency !== 'hour') continue;
        const end = Date.parse(figure.period.end);
        if (Number.isNaN(end)) continue;
        let hour = hours.get(end);
        if (!hour) hours.set(end, (hour = {}));
        hour[pollutant] = figure.value;
        if (!newest || end > Date.parse(newest.period.end)) newest = figure;
      }
    }
  }
  return { hours, newest };
}

function windowEnding(hours: ReadonlyMap<number, HourlyConcentrations>, end: number, length: number): HourlyConcentrations[] {
  const window: HourlyConcentrations[] = [];
  for (let i = length - 1; i >= 0; i--) window.push(hours.get(end - i * HOUR_MS) ?? {});
  return window;
}

/**
 * What the panel shows for one city: computed from the hourly concentration figures held for it (the
 * 34-unit code, and the 63-unit code for figures from before 1 July 2025), by the rules of Decision
 * 1459/QĐ-TCMT in src/domain/aqi.
 */
export function cityAirQuality(channel: ChannelData | null, area: string): CityAirQuality {
  const city = AQI_CITIES.find((candidate) => candidate.area === area);
  const name = city?.name ?? area;
  const empty: CityAirQuality = { area, name, now: null, trend: [], daily: null, alert: false, provenance: null };
  if (!channel) return empty;
  const { hours, newest } = hoursOf(channel, city ? [city.area, city.iso63] : [area]);
  if (!newest) return empty;
  const last = Date.parse(newest.period.end);
  const hourly = (end: number) => {
    const outcome = hourlyAqi(windowEnding(hours, end, NOWCAST_HOURS));
    return outcome.aqi === null ? null : outcome;
  };
  const current = hourly(last);
  const trend = Array.from({ length: 24 }, (_, i) => hourly(last - (23 - i) * HOUR_MS)?.aqi ?? null);
  // The decision's day: the hours ending 01:00 … 24:00. The last complete one ends at the midnight at or before the newest hour.
  const dayEnd = vnDayStart(last);
  const day = dailyAqi(windowEnding(hours, dayEnd, 24));
  const now = current ? { aqi: current.aqi, band: current.band, dominant: current.dominant, hourEnd: last } : null;
  return {
    area,
    name,
    now,
    trend,
    daily: { aqi: day.aqi, band: day.aqi === null ? null : day.band, dayStart: dayEnd - DAY_MS },
    alert: now !== null && now.aqi >= ALERT_FROM_AQI,
    provenance: newest,
  };
}
