/**
 * The 63 provincial units (in force until 30 June 2025) with the facts the generators need:
 * population (thousands, approximate), the capital's position, the region and whether the unit has
 * a coastline (28 coastal units, each with a coastal radio station). Names come from src/domain/areas.
 */
export type Region = 'mountains' | 'red-river' | 'north-central' | 'south-central' | 'highlands' | 'southeast' | 'mekong';

export interface UnitFacts {
  iso: string;
  pop: number;
  lat: number;
  lon: number;
  region: Region;
  coastal: boolean;
}

const f = (iso: string, pop: number, lat: number, lon: number, region: Region, coastal = false): UnitFacts => ({ iso, pop, lat, lon, region, coastal });

export const UNIT_FACTS: readonly UnitFacts[] = [
  f('VN-01', 482, 22.39, 103.46, 'mountains'),
  f('VN-02', 770, 22.48, 103.97, 'mountains'),
  f('VN-03', 899, 22.82, 104.98, 'mountains'),
  f('VN-04', 543, 22.67, 106.26, 'mountains'),
  f('VN-05', 1300, 21.33, 103.91, 'mountains'),
  f('VN-06', 850, 21.72, 104.91, 'mountains'),
  f('VN-07', 800, 21.82, 105.21, 'mountains'),
  f('VN-09', 800, 21.85, 106.76, 'mountains'),
  f('VN-13', 1380, 20.95, 107.08, 'red-river', true),
  f('VN-14', 880, 20.82, 105.34, 'mountains'),
  f('VN-18', 1010, 20.25, 105.97, 'red-river', true),
  f('VN-20', 1880, 20.45, 106.34, 'red-river', true),
  f('VN-21', 3720, 19.81, 105.78, 'north-central', true),
  f('VN-22', 3440, 18.68, 105.68, 'north-central', true),
  f('VN-23', 1330, 18.34, 105.91, 'north-central', true),
  f('VN-24', 910, 17.47, 106.62, 'north-central', true),
  f('VN-25', 650, 16.82, 107.1, 'north-central', true),
  f('VN-26', 1160, 16.46, 107.59, 'north-central', true),
  f('VN-27', 1520, 15.57, 108.47, 'south-central', true),
  f('VN-28', 590, 14.35, 108.0, 'highlands'),
  f('VN-29', 1250, 15.12, 108.8, 'south-central', true),
  f('VN-30', 1590, 13.98, 108.0, 'highlands'),
  f('VN-31', 1500, 13.78, 109.22, 'south-central', true),
  f('VN-32', 880, 13.09, 109.3, 'south-central', true),
  f('VN-33', 1920, 12.67, 108.04, 'highlands'),
  f('VN-34', 1260, 12.24, 109.19, 'south-central', true),
  f('VN-35', 1330, 11.94, 108.44, 'highlands'),
  f('VN-36', 600, 11.57, 108.99, 'south-central', true),
  f('VN-37', 1190, 11.31, 106.1, 'southeast'),
  f('VN-39', 3300, 10.95, 106.82, 'southeast'),
  f('VN-40', 1250, 10.93, 108.1, 'south-central', true),
  f('VN-41', 1740, 10.54, 106.41, 'mekong'),
  f('VN-43', 1200, 10.5, 107.17, 'southeast', true),
  f('VN-44', 1900, 10.39, 105.44, 'mekong'),
  f('VN-45', 1600, 10.46, 105.63, 'mekong'),
  f('VN-46', 1790, 10.36, 106.36, 'mekong', true),
  f('VN-47', 1760, 10.01, 105.08, 'mekong', true),
  f('VN-49', 1030, 10.25, 105.97, 'mekong'),
  f('VN-50', 1300, 10.24, 106.38, 'mekong', true),
  f('VN-51', 1020, 9.93, 106.34, 'mekong', true),
  f('VN-52', 1200, 9.6, 105.97, 'mekong', true),
  f('VN-53', 320, 22.15, 105.83, 'mountains'),
  f('VN-54', 1900, 21.27, 106.19, 'mountains'),
  f('VN-55', 920, 9.29, 105.72, 'mekong', true),
  f('VN-56', 1490, 21.19, 106.07, 'red-river'),
  f('VN-57', 2760, 10.98, 106.65, 'southeast'),
  f('VN-58', 1030, 11.53, 106.89, 'southeast'),
  f('VN-59', 1200, 9.18, 105.15, 'mekong', true),
  f('VN-61', 1950, 20.94, 106.33, 'red-river'),
  f('VN-63', 880, 20.54, 105.91, 'red-river'),
  f('VN-66', 1290, 20.65, 106.05, 'red-river'),
  f('VN-67', 1880, 20.42, 106.17, 'red-river', true),
  f('VN-68', 1500, 21.32, 105.4, 'mountains'),
  f('VN-69', 1330, 21.59, 105.85, 'mountains'),
  f('VN-70', 1200, 21.31, 105.6, 'red-river'),
  f('VN-71', 640, 21.39, 103.02, 'mountains'),
  f('VN-72', 670, 12.0, 107.69, 'highlands'),
  f('VN-73', 730, 9.78, 105.47, 'mekong'),
  f('VN-CT', 1250, 10.03, 105.78, 'mekong'),
  f('VN-DN', 1220, 16.05, 108.21, 'south-central', true),
  f('VN-HN', 8590, 21.03, 105.85, 'red-river'),
  f('VN-HP', 2100, 20.86, 106.68, 'red-river', true),
  f('VN-SG', 9460, 10.78, 106.7, 'southeast', true),
];
