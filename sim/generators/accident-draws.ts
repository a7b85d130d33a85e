import { GEO_NATIONAL, type GeoArea } from '../geo/index.js';
import { between, poisson, rng } from '../prng.js';
import { civilOfDay, dayStart, HOUR, MINUTE, weekday } from '../time.js';

/** Per-unit daily rates of road, rail and inland-waterway accidents (2024 levels, falling ~5 % a year). */
export interface AccidentRates {
  shares: ReadonlyMap<string, number>;
  rail: ReadonlySet<string>;
  waterway: ReadonlySet<string>;
}

export interface SeriousAccident {
  at: number;
  deaths: number;
  injured: number;
}

/** One unit's day: the first report and the revision (late deaths, late-reported accidents). */
export interface AccidentDay {
  first: Record<string, number>;
  revised: Record<string, number>;
  serious: SeriousAccident[];
}

const REGION_RISK: Record<GeoArea['region'], number> = { mountains: 1, 'red-river': 0.85, 'north-central': 1.15, 'south-central': 1.1, highlands: 1.3, southeast: 1.1, mekong: 1 };
const RAIL = ['VN-HN', 'VN-63', 'VN-67', 'VN-18', 'VN-21', 'VN-22', 'VN-23', 'VN-24', 'VN-25', 'VN-26', 'VN-DN', 'VN-27', 'VN-29', 'VN-31', 'VN-32', 'VN-34', 'VN-36', 'VN-40', 'VN-39', 'VN-SG', 'VN-HP', 'VN-61', 'VN-02', 'VN-06', 'VN-68', 'VN-54', 'VN-09'];
const WATERWAY = ['VN-SG', 'VN-13', 'VN-HP', 'VN-CT', 'VN-41', 'VN-44', 'VN-45', 'VN-46', 'VN-47', 'VN-49', 'VN-50', 'VN-51', 'VN-52', 'VN-55', 'VN-59', 'VN-73'];

export function accidentRates(): AccidentRates {
  const weights = GEO_NATIONAL.parts.map((unit) => [unit.iso, unit.pop ** 0.9 * REGION_RISK[unit.region]] as const);
  const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
  return { shares: new Map(weights.map(([iso, weight]) => [iso, weight / total])), rail: new Set(RAIL), waterway: new Set(WATERWAY) };
}

const NATIONAL_ROAD = { accidents: 62, deaths: 29, injured: 45 };

/** Every unit's figures for one day (pure in seed and day). */
export function drawAccidentDay(seed: number, day: number, rates: AccidentRates): Map<string, AccidentDay> {
  const { year } = civilOfDay(day);
  const trend = 0.95 ** (year - 2024);
  const busy = weekday(day) >= 5 ? 1.12 : 1;
  const out = new Map<string, AccidentDay>();
  const seriousNext = rng(seed, 'acc|serious', day);
  const serious = new Map<string, SeriousAccident[]>();
  const seriousCount = poisson(seriousNext, 0.6);
  for (let i = 0; i < seriousCount; i++) {
    let roll = seriousNext();
    let iso = 'VN-HN';
    for (const [candidate, share] of rates.shares) {
      roll -= share;
      iso = candidate;
      if (roll <= 0) break;
    }
    const hour = seriousNext() < 0.6 ? between(seriousNext, 17, 23) : between(seriousNext, 0, 16);
    const list = serious.get(iso) ?? [];
    list.push({ at: dayStart(day) + hour * HOUR + between(seriousNext, 0, 59) * MINUTE, deaths: between(seriousNext, 3, 7), injured: between(seriousNext, 0, 9) });
    serious.set(iso, list);
  }
  for (const [iso, share] of rates.shares) {
    const next = rng(seed, 'acc', iso, day);
    const scale = share * trend * busy;
    const road = { accidents: poisson(next, NATIONAL_ROAD.accidents * scale), deaths: 0, injured: 0 };
    road.deaths = poisson(next, (road.accidents * NATIONAL_ROAD.deaths) / NATIONAL_ROAD.accidents);
    road.injured = poisson(next, (road.accidents * NATIONAL_ROAD.injured) / NATIONAL_ROAD.accidents);
    const events = serious.get(iso) ?? [];
    for (const event of events) {
      road.accidents += 1;
      road.deaths += event.deaths;
      road.injured += event.injured;
    }
    const rail = { accidents: rates.rail.has(iso) ? poisson(next, 0.35 / rates.rail.size) : 0, deaths: 0, injured: 0 };
    if (rail.accidents > 0) [rail.deaths, rail.injured] = [poisson(next, 0.8 * rail.accidents), poisson(next, 0.6 * rail.accidents)];
    const water = { accidents: rates.waterway.has(iso) ? poisson(next, 0.18 / rates.waterway.size) : 0, deaths: 0, injured: 0 };
    if (water.accidents > 0) [water.deaths, water.injured] = [between(next, 0, 2), between(next, 0, 2)];
    const first = figures(road, rail, water);
    const fix = rng(seed, 'acc|rev', iso, day);
    const late = { ...road };
    if (late.injured > 0 && fix() < 0.12) {
      late.deaths += 1;
      late.injured -= 1;
    }
    if (fix() < 0.05) {
      late.accidents += 1;
      late.injured += 1;
    }
    out.set(iso, { first, revised: figures(late, rail, water), serious: events });
  }
  return out;
}

type Counts = { accidents: number; deaths: number; injured: number };

function figures(road: Counts, rail: Counts, water: Counts): Record<string, number> {
  return {
    accidents: road.accidents + rail.accidents + water.accidents,
    deaths: road.deaths + rail.deaths + water.deaths,
    injured: road.injured + rail.injured + water.injured,
    'road.accidents': road.accidents,
    'road.deaths': road.deaths,
    'road.injured': road.injured,
    'rail.accidents': rail.accidents,
    'rail.deaths': rail.deaths,
    'rail.injured': rail.injured,
    'waterway.accidents': water.accidents,
    'waterway.deaths': water.deaths,
    'waterway.injured': water.injured,
  };
}
