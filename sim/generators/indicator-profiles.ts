import type { Indicator } from '../../src/domain/indicators/index.js';
import type { Region } from '../geo/index.js';

/**
 * How the simulator draws each socio-economic indicator (example magnitudes, not official data):
 * - flow: a quantity that adds up across provinces (VND bn, USD m, counts, persons); `level` is the
 *   national value of one period in 2025, growing by `growth` a year (compound), with seasonality for
 *   months; provinces share it by population (weighted by `regional`);
 * - rate: a level (%, index, per capita, points); `level` is the 2025 national value, moving by
 *   `growth` a year (added); provinces scatter around it by ±`spread` (times `regional`), and "VN" is
 *   their population-weighted mean;
 * - rank: a national rank (lower is better), drifting by `growth` a year.
 * Codes without an entry get a profile from their unit.
 */
export interface Profile {
  kind: 'flow' | 'rate' | 'rank';
  level: number;
  growth: number;
  /** Relative noise for flows, absolute for rates and ranks. */
  noise: number;
  spread?: number;
  regional?: Partial<Record<Region, number>>;
  decimals?: number;
  min?: number;
  max?: number;
}

const flow = (level: number, growth = 0.07, noise = 0.05, regional?: Profile['regional']): Profile => ({ kind: 'flow', level, growth, noise, ...(regional ? { regional } : {}) });
const rate = (level: number, growth = 0, noise = 0.2, spread = 0, extra: Partial<Profile> = {}): Profile => ({ kind: 'rate', level, growth, noise, spread, decimals: 1, ...extra });
const rank = (level: number, growth = -1): Profile => ({ kind: 'rank', level, growth, noise: 2, decimals: 0, min: 1 });
const URBAN = { southeast: 1.6, 'red-river': 1.3, mekong: 0.7, mountains: 0.5, highlands: 0.6 };
const POOR = { mountains: 4, highlands: 2.5, 'north-central': 1.4, mekong: 1, 'south-central': 1, 'red-river': 0.3, southeast: 0.2 };

const PROFILES: Record<string, Profile> = {
  gdp: flow(3_100_000, 0.1, 0.02),
  'gdp-growth': rate(7.2, 0, 0.6, 0, { min: -2 }),
  'gdp-per-capita': rate(5000, 250, 20, 0, { decimals: 0 }),
  'gdp-share-agriculture': rate(11.5, -0.3, 0.3),
  'gdp-share-industry-construction': rate(37.5, 0.1, 0.4),
  'gdp-share-services': rate(42.5, 0.2, 0.4),
  'gdp-share-product-taxes': rate(8.5, 0, 0.2),
  grdp: flow(12_500_000, 0.1, 0.02, URBAN),
  'grdp-growth': rate(7.5, 0, 0.6, 2.5, { min: -3 }),
  'grdp-per-capita': rate(125, 8, 1, 45, { regional: URBAN, min: 35 }),
  'labour-productivity': rate(235, 14, 2, 0, { decimals: 0 }),
  iip: rate(8.5, 0, 1.5, 4, { min: -15 }),
  'iip-manufacturing': rate(9.5, 0, 1.5),
  'retail-sales': flow(560_000, 0.09, 0.03, URBAN),
  'international-arrivals': flow(1_750, 0.12, 0.08),
  'budget-revenue': flow(170_000, 0.08, 0.06, URBAN),
  'public-investment-disbursement': flow(65_000, 0.08, 0.1),
  'budget-expenditure': flow(200_000, 0.08, 0.06),
  'public-debt-pct-gdp': rate(35.5, -0.5, 0.2),
  cpi: rate(3.3, 0, 0.25, 0.8, { min: -1 }),
  'cpi-mom': rate(0.25, 0, 0.2, 0, { decimals: 2 }),
  'core-inflation': rate(3.1, 0, 0.15),
  exports: flow(39_000, 0.1, 0.06),
  imports: flow(37_000, 0.1, 0.06),
  'trade-balance': rate(2_000, 0, 800, 0, { decimals: 0 }),
  'exports-growth': rate(12, 0, 3),
  'imports-growth': rate(14, 0, 3),
  'credit-growth': rate(12, 0, 1.5),
  'central-exchange-rate': rate(25_100, 350, 40, 0, { decimals: 0 }),
  'npl-ratio': rate(4.4, -0.1, 0.1, 0, { decimals: 2 }),
  'new-enterprises': flow(15_000, 0.06, 0.08, URBAN),
  'fdi-registered': flow(3_200, 0.06, 0.2),
  'fdi-disbursed': flow(2_000, 0.07, 0.06),
  pci: rate(68, 0.3, 0.5, 4, { min: 55, max: 80 }),
  'unemployment-rate': rate(2.2, 0, 0.05, 0, { decimals: 2 }),
  'youth-unemployment-rate': rate(7.9, 0, 0.2),
  'labour-force': flow(53_200, 0.006, 0.003),
  employed: flow(52_000, 0.006, 0.003),
  population: flow(101_500, 0.009, 0.001),
  'life-expectancy': rate(74.7, 0.1, 0.05, 0, { max: 80 }),
  'hospital-beds-per-10000': rate(33, 0.4, 0.3, 8),
  'multidimensional-poverty-rate': rate(1.9, -0.8, 0.1, 1.2, { regional: POOR, min: 0.1 }),
  'traffic-accidents': flow(1_900, -0.05, 0.08),
  'traffic-accident-deaths': flow(870, -0.05, 0.08),
  'forest-cover': rate(42, 0.1, 0.05, 22, { regional: { mountains: 1.4, highlands: 1.3, 'red-river': 0.3, mekong: 0.3 }, min: 0.5, max: 75 }),
  papi: rate(44, 0.2, 0.3, 2, { min: 38, max: 50 }),
  'par-index': rate(86, 0.6, 0.5, 4, { min: 70, max: 98 }),
  sipas: rate(84, 0.7, 0.5, 4, { min: 70, max: 98 }),
  'paved-rural-roads': rate(82, 2, 0.5, 12, { regional: { mountains: 0.6, highlands: 0.8 }, max: 100 }),
  'new-rural-communes': rate(80, 2.5, 0.5, 15, { regional: { mountains: 0.5, highlands: 0.7 }, max: 100 }),
  'electricity-output': flow(27, 0.08, 0.04),
  'gci-rank': rank(67, -0.8),
  'gii-rank': rank(44, -0.5),
  'egdi-rank': rank(71, -1.5),
  'lpi-rank': rank(43, -0.5),
  'corruption-perceptions-rank': rank(88, -1),
};

/** The profile of an indicator: its own, or one guessed from its unit and frequency. */
export function profileOf(indicator: Indicator): Profile {
  const own = PROFILES[indicator.code];
  if (own) return own;
  const unit = indicator.unit;
  if (unit === 'rank') return rank(80, -1);
  if (unit === '% yoy') return rate(6, 0, 1.2, indicator.areaLevel === 'provincial' ? 3 : 0, { min: -10 });
  if (unit === '% GDP') return rate(25, 0, 0.5);
  if (unit === '%' || unit === '%/year') return rate(70, 0.8, 0.4, indicator.areaLevel === 'provincial' ? 10 : 0, { max: 100, min: 0 });
  if (unit === 'points' || unit === 'index') return rate(unit === 'index' ? 0.72 : 60, unit === 'index' ? 0.004 : 0.3, unit === 'index' ? 0.003 : 0.4, 0, { decimals: unit === 'index' ? 3 : 1 });
  if (/^per |per 1|ratio|times|weeks|years|hours|days|children|boys|m²/.test(unit)) return rate(unit === 'ratio' ? 6 : 25, 0, 0.1, 0, { decimals: unit === 'ratio' ? 2 : 1 });
  const perPeriod = { month: 1, quarter: 3, 'half-year': 6, year: 12 }[indicator.frequency];
  return flow(1_000 * perPeriod, 0.07, 0.06);
}
