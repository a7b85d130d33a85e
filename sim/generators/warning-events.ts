import { GEO_63, areaContaining, type GeoArea } from '../geo/index.js';
import { between, pick, rng, uniform, type Rng } from '../prng.js';
import { civilOfDay, dayOfCivil, dayOfYear, dayStart, HOUR, MINUTE } from '../time.js';

/** Natural-disaster warnings as events: issued, updated every few hours, lifted (then retracted). */
export type WarningKind = 'storm' | 'tropical-depression' | 'flood' | 'flash-flood' | 'landslide-risk' | 'heat' | 'cold' | 'earthquake';
export type Severity = 'info' | 'minor' | 'moderate' | 'severe' | 'extreme';

export interface WarningEvent {
  id: string;
  kind: WarningKind;
  day: number;
  issuedAt: number;
  endsAt: number;
  /** Bulletins after the first, every this many hours until the end. */
  updateEveryH: number;
  /** The 63-units it covers. */
  affected: readonly string[];
  severity: Severity;
  /** Storm number of the year, wind level, start position and drift per hour … */
  params: Readonly<Record<string, number>>;
}

/** Longest warning, in days: the hourly counts look back this far. */
export const MAX_WARNING_DAYS = 6;

/** Circular bump over the year: 1 at `peak` (day of year), falling to 0 `width` days away. */
function season(day: number, peak: number, width: number): number {
  const d = Math.abs(dayOfYear(day) - peak);
  const distance = Math.min(d, 365 - d);
  return distance >= width ? 0 : Math.cos((Math.PI / 2) * (distance / width)) ** 2;
}

const STORM_PEAK = 265;
const stormToday = (seed: number, day: number) => uniform(seed, 'warn|storm', day) < 0.085 * season(day, STORM_PEAK, 110);

function stormNumber(seed: number, day: number): number {
  const first = dayOfCivil({ year: civilOfDay(day).year, month: 1, day: 1 });
  let count = 0;
  for (let d = first; d <= day; d++) if (stormToday(seed, d)) count++;
  return count;
}

const inRegion = (...regions: GeoArea['region'][]) => GEO_63.filter((unit) => regions.includes(unit.region));
const near = (lat: number, span: number, units: readonly GeoArea[]) => units.filter((unit) => Math.abs(unit.lat - lat) <= span);

function cluster(next: Rng, units: readonly GeoArea[], size: number): string[] {
  if (units.length === 0) return [];
  const centre = pick(next, units);
  return [...units]
    .sort((a, b) => Math.hypot(a.lat - centre.lat, a.lon - centre.lon) - Math.hypot(b.lat - centre.lat, b.lon - centre.lon))
    .slice(0, size)
    .map((unit) => unit.code);
}

/** Where a storm comes ashore, by the time of year: the north in summer, the centre in autumn, the south late. */
function landfallLat(day: number, next: Rng): number {
  const doy = dayOfYear(day);
  if (doy < 245) return 19 + next() * 2.5;
  if (doy < 305) return 15 + next() * 4;
  return 11 + next() * 4;
}

/** Every warning issued on `day` (pure: the same seed and day give the same events). */
export function warningEventsOfDay(seed: number, day: number): WarningEvent[] {
  const events: WarningEvent[] = [];
  const start = dayStart(day);
  const add = (kind: WarningKind, next: Rng, hours: [number, number], updateEveryH: number, affected: string[], severity: Severity, params: Record<string, number> = {}) => {
    if (affected.length === 0) return;
    const issuedAt = start + between(next, 5, 21) * HOUR + between(next, 0, 3) * 15 * MINUTE;
    events.push({ id: `warn-${kind}-${day}-${events.length}`, kind, day, issuedAt, endsAt: issuedAt + between(next, hours[0], hours[1]) * HOUR, updateEveryH, affected, severity, params });
  };
  const coastal = GEO_63.filter((unit) => unit.coastal);

  if (stormToday(seed, day)) {
    const next = rng(seed, 'warn|storm|detail', day);
    const lat = landfallLat(day, next);
    const wind = between(next, 9, 13);
    add('storm', next, [48, 120], 3, near(lat, 1.4, coastal).map((u) => u.code), wind >= 12 ? 'extreme' : 'severe', {
      number: stormNumber(seed, day),
      wind,
      lat0: lat + 1 + next() * 2,
      lon0: 112 + next() * 4,
      landfallLat: lat,
    });
  }
  const td = rng(seed, 'warn|td', day);
  if (td() < 0.05 * season(day, STORM_PEAK, 120)) {
    const lat = landfallLat(day, td);
    add('tropical-depression', td, [24, 48], 6, near(lat, 1, coastal).map((u) => u.code), 'moderate', { wind: between(td, 6, 7), lat0: lat + 0.5, lon0: 110 + td() * 3, landfallLat: lat });
  }
  const flood = rng(seed, 'warn|flood', day);
  const northFlood = 0.1 * season(day, 215, 60);
  const centralFlood = 0.14 * season(day, 295, 50);
  const mekongFlood = 0.06 * season(day, 270, 45);
  const roll = flood();
  if (roll < northFlood) add('flood', flood, [24, 72], 6, cluster(flood, inRegion('mountains', 'red-river'), between(flood, 2, 4)), 'moderate');
  else if (roll < northFlood + centralFlood) add('flood', flood, [24, 96], 6, cluster(flood, inRegion('north-central', 'south-central'), between(flood, 2, 5)), 'severe');
  else if (roll < northFlood + centralFlood + mekongFlood) add('flood', flood, [48, 120], 12, cluster(flood, inRegion('mekong'), between(flood, 2, 4)), 'minor');

  const rainy = rng(seed, 'warn|flash', day);
  const mountainRain = 0.3 * season(day, 200, 80);
  const centralRain = 0.2 * season(day, 295, 45);
  if (rainy() < mountainRain) {
    const units = cluster(rainy, inRegion('mountains'), between(rainy, 3, 6));
    add(rainy() < 0.5 ? 'flash-flood' : 'landslide-risk', rainy, [6, 24], 3, units, 'severe', { rainMin: between(rainy, 3, 6) * 10 });
  } else if (rainy() < centralRain) {
    const units = cluster(rainy, inRegion('north-central', 'south-central', 'highlands'), between(rainy, 2, 5));
    add(rainy() < 0.4 ? 'flash-flood' : 'landslide-risk', rainy, [6, 36], 3, units, 'severe', { rainMin: between(rainy, 5, 10) * 10 });
  }
  const heat = rng(seed, 'warn|heat', day);
  if (heat() < 0.16 * season(day, 160, 70)) {
    const units = inRegion(...(heat() < 0.6 ? (['red-river', 'north-central', 'mountains'] as const) : (['south-central', 'highlands', 'southeast'] as const))).map((u) => u.code);
    add('heat', heat, [48, 96], 24, units, 'moderate', { tempMax: between(heat, 37, 41) });
  }
  const cold = rng(seed, 'warn|cold', day);
  if (cold() < 0.13 * season(day, 15, 120)) {
    add('cold', cold, [48, 96], 24, inRegion('mountains', 'red-river', 'north-central').map((u) => u.code), 'moderate', { tempMin: between(cold, 4, 12) });
  }
  const quake = rng(seed, 'warn|quake', day);
  if (quake() < 0.012) {
    const where = quake() < 0.7 ? 'VN-28' : pick(quake, ['VN-05', 'VN-71', 'VN-01']);
    add('earthquake', quake, [2, 6], 6, [where], 'minor', { magnitude: 30 + between(quake, 0, 15), depth: between(quake, 8, 15) });
  }
  return events;
}

/** The areas in force on `day` that an event touches (each once). */
export function affectedAreas(event: WarningEvent, day: number): GeoArea[] {
  const seen = new Map<string, GeoArea>();
  for (const iso of event.affected) {
    const area = areaContaining(iso, day);
    seen.set(area.code, area);
  }
  return [...seen.values()];
}
