import { AQI_CITIES } from '../src/domain/areas/index.js';
import { CHANNELS, type Observation } from '../src/protocol/feed/index.js';
import { AQI_METRICS, concentration } from './generators/aqi.js';
import { isTradingTime, TICK_MS } from './generators/market-path.js';
import { marketFigures } from './generators/markets.js';
import { mulberry32, round } from './prng.js';
import { dayIndex, HOUR, ICT_OFFSET, uses63Units } from './time.js';

const AQI = 'environment/aqi';
const MARKETS = 'finance/markets';

/**
 * The load generator of `--rate X`: about X extra observations a second, valid but synthetic — AQI
 * station readings of the 5 cities (and, in trading hours, market readings) at "instant" periods a few
 * microseconds apart, so every one is a distinct figure the hub must store and relay. Values follow
 * the same curves as the hourly and tick data, with a little noise. They are not part of snapshots.
 */
export class LoadGenerator {
  private carry = 0;
  private serial = 0;
  private readonly next: () => number;
  private hourCache: { hour: number; values: number[] } | null = null;
  private tickCache: { tick: number; values: [string, string, number][] } | null = null;

  constructor(
    private readonly seed: number,
    private readonly perSecond: number,
  ) {
    this.next = mulberry32(seed ^ 0x5eed);
  }

  /** The items for the interval (now - ms, now], grouped per channel. */
  produce(now: number, ms: number): { channel: string; observations: Observation[] }[] {
    const exact = (this.perSecond * ms) / 1000 + this.carry;
    const count = Math.floor(exact);
    this.carry = exact - count;
    if (count === 0) return [];
    const aqi: Observation[] = [];
    const markets: Observation[] = [];
    const trading = isTradingTime(now);
    const aqiSource = CHANNELS.get(AQI)?.source ?? '';
    const marketSource = CHANNELS.get(MARKETS)?.source ?? '';
    const old = uses63Units(dayIndex(now));
    const hourly = this.hourValues(now);
    const ticks = trading ? this.tickValues(now) : [];
    for (let i = 0; i < count; i++) {
      const at = now - ms + ((i + 1) * ms) / count;
      const iso = micro(at, this.serial++);
      const period = { frequency: 'instant' as const, start: iso, end: iso };
      const noise = 1 + 0.04 * (this.next() - 0.5);
      if (trading && i % 2 === 1) {
        const [metric, unit, value] = ticks[(i >> 1) % ticks.length] as [string, string, number];
        markets.push({ metric, area: 'VN', unit, value: round(metric.endsWith('.change') ? value : value * (1 + (noise - 1) / 20), 2), period, cutOff: iso, source: marketSource, reportedAt: iso, status: 'provisional', revision: 0 });
        continue;
      }
      const slot = i % (AQI_CITIES.length * AQI_METRICS.length);
      const city = AQI_CITIES[Math.floor(slot / AQI_METRICS.length)] ?? AQI_CITIES[0];
      const metric = AQI_METRICS[slot % AQI_METRICS.length] ?? 'conc.pm25';
      if (!city) continue;
      aqi.push({ metric, area: old ? city.iso63 : city.area, unit: 'µg/m³', value: round((hourly[slot] ?? 0) * noise, 1), period, cutOff: iso, source: aqiSource, reportedAt: iso, status: 'provisional', revision: 0 });
    }
    const out: { channel: string; observations: Observation[] }[] = [];
    if (aqi.length > 0) out.push({ channel: AQI, observations: aqi });
    if (markets.length > 0) out.push({ channel: MARKETS, observations: markets });
    return out;
  }

  private hourValues(now: number): number[] {
    const hour = Math.floor(now / HOUR);
    if (this.hourCache?.hour !== hour) {
      const values = AQI_CITIES.flatMap((city) => AQI_METRICS.map((metric) => concentration(this.seed, city.iso63, metric, hour * HOUR)));
      this.hourCache = { hour, values };
    }
    return this.hourCache.values;
  }

  private tickValues(now: number): [string, string, number][] {
    const tick = Math.floor(now / TICK_MS);
    if (this.tickCache?.tick !== tick) {
      const spec = CHANNELS.get(MARKETS);
      const figures = marketFigures(this.seed, tick * TICK_MS, dayIndex(now));
      this.tickCache = { tick, values: Object.entries(figures).map(([metric, value]) => [metric, spec?.metrics[metric]?.unit ?? '', value]) };
    }
    return this.tickCache.values;
  }
}

/** An ICT instant with microseconds, unique per serial within a millisecond. */
function micro(t: number, serial: number): string {
  const ms = Math.floor(t);
  const text = new Date(ms + ICT_OFFSET).toISOString().slice(0, 23);
  return `${text}${String(serial % 1000).padStart(3, '0')}+07:00`;
}
