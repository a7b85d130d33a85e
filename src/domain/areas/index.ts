import { UNITS_34, UNITS_63 } from './units.data.js';

/**
 * Area codes used in series keys:
 * - "VN": the whole country; "WORLD": the world (Covid-19 world figures);
 * - "VN-xx": one of the 63 units in force until 30 June 2025 (ISO 3166-2), for history from 2010;
 * - "VN34-nn": one of the 34 units since 1 July 2025 (Decision 19/2025/QĐ-TTg codes), for current data.
 */
export type AreaSet = 'units63' | 'units34';

export interface Area {
  code: string;
  name: string;
  set: AreaSet | 'national' | 'world';
}

export const NATIONAL: Area = { code: 'VN', name: 'Toàn quốc', set: 'national' };
export const WORLD: Area = { code: 'WORLD', name: 'Thế giới', set: 'world' };

export const AREAS_63: readonly Area[] = UNITS_63.map((unit) => ({ code: unit.iso, name: unit.name, set: 'units63' }));
export const AREAS_34: readonly Area[] = UNITS_34.map((unit) => ({ code: `VN34-${unit.code}`, name: unit.name, set: 'units34' }));

const byCode = new Map<string, Area>([NATIONAL, WORLD, ...AREAS_63, ...AREAS_34].map((area) => [area.code, area]));

export const ALL_AREA_CODES: readonly string[] = [...byCode.keys()];

export function areaByCode(code: string): Area | undefined {
  return byCode.get(code);
}

export function isAreaCode(code: string): boolean {
  return byCode.has(code);
}

export function areasOf(set: AreaSet): readonly Area[] {
  return set === 'units63' ? AREAS_63 : AREAS_34;
}

/** The 34-unit area that a 63-unit area was merged into on 1 July 2025. */
export function mergedInto(iso63: string): Area | undefined {
  const unit = UNITS_34.find((candidate) => candidate.fromIso.includes(iso63));
  return unit ? byCode.get(`VN34-${unit.code}`) : undefined;
}

/**
 * The five centrally-run cities whose air quality is reported hourly (Official Letter 4699, Appendix I), with
 * where the map shows each city's index: the city centre (the figures are the city's, not one station's).
 */
export const AQI_CITIES: readonly { area: string; iso63: string; name: string; location: { lat: number; lon: number } }[] = [
  { area: 'VN34-01', iso63: 'VN-HN', name: 'Hà Nội', location: { lat: 21.028, lon: 105.854 } },
  { area: 'VN34-79', iso63: 'VN-SG', name: 'TP Hồ Chí Minh', location: { lat: 10.776, lon: 106.701 } },
  { area: 'VN34-31', iso63: 'VN-HP', name: 'Hải Phòng', location: { lat: 20.845, lon: 106.688 } },
  { area: 'VN34-48', iso63: 'VN-DN', name: 'Đà Nẵng', location: { lat: 16.054, lon: 108.202 } },
  { area: 'VN34-92', iso63: 'VN-CT', name: 'Cần Thơ', location: { lat: 10.033, lon: 105.784 } },
];
