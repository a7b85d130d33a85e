import { describe, expect, it } from 'vitest';
import { AQI_CITIES, AREAS_34, AREAS_63, areaByCode, mergedInto } from './index.js';

describe('areas', () => {
  it('has the 63 and the 34 provincial units, every 63-unit merged into exactly one 34-unit', () => {
    expect(AREAS_63).toHaveLength(63);
    expect(AREAS_34).toHaveLength(34);
    for (const area of AREAS_63) expect(mergedInto(area.code), area.code).toBeDefined();
  });

  it('knows the five AQI cities in both sets', () => {
    for (const city of AQI_CITIES) {
      expect(areaByCode(city.area)?.name).toBe(city.name.replace('TP Hồ Chí Minh', areaByCode(city.area)!.name));
      expect(mergedInto(city.iso63)?.code).toBe(city.area);
    }
  });

  it('keeps Vietnamese names in NFC', () => {
    for (const area of [...AREAS_63, ...AREAS_34]) expect(area.name).toBe(area.name.normalize('NFC'));
  });
});
