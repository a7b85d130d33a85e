import { describe, expect, it } from 'vitest';
import { AQI_BREAKPOINTS, AQI_INDEX_LEVELS, BREAKPOINT_COLUMNS, roundAqi, subIndex } from './breakpoints.js';

// Domain facts §6, copied by hand from Decision 1459/QĐ-TCMT Table 2 (µg/m³), index levels 0…500.
const FACTS = {
  levels: [0, 50, 100, 150, 200, 300, 400, 500],
  'o3-1h': [0, 160, 200, 300, 400, 800, 1000, 1200],
  'o3-8h': [0, 100, 120, 170, 210, 400],
  co: [0, 10000, 30000, 45000, 60000, 90000, 120000, 150000],
  so2: [0, 125, 350, 550, 800, 1600, 2100, 2630],
  no2: [0, 100, 200, 700, 1200, 2350, 3100, 3850],
  pm10: [0, 50, 150, 250, 350, 420, 500, 600],
  'pm25': [0, 25, 50, 80, 150, 250, 350, 500],
};

describe('VN_AQI breakpoint table (Decision 1459/QĐ-TCMT, Table 2)', () => {
  it('pins every number to the domain facts', () => {
    expect([...AQI_INDEX_LEVELS]).toEqual(FACTS.levels);
    expect(Object.keys(AQI_BREAKPOINTS).sort()).toEqual([...BREAKPOINT_COLUMNS].sort());
    for (const column of BREAKPOINT_COLUMNS) expect([...AQI_BREAKPOINTS[column]], column).toEqual(FACTS[column]);
  });

  it('is strictly increasing in every column, and cannot be changed at run time', () => {
    for (const column of BREAKPOINT_COLUMNS) {
      const values = AQI_BREAKPOINTS[column];
      for (let i = 1; i < values.length; i += 1) expect(values[i]!, `${column}[${i}]`).toBeGreaterThan(values[i - 1]!);
      expect(Object.isFrozen(values)).toBe(true);
    }
    expect(Object.isFrozen(AQI_BREAKPOINTS)).toBe(true);
  });

  it('maps every breakpoint to its index level exactly', () => {
    for (const column of BREAKPOINT_COLUMNS) {
      AQI_BREAKPOINTS[column].forEach((concentration, i) => {
        expect(subIndex(column, concentration), `${column} @ ${concentration}`).toEqual({ exact: AQI_INDEX_LEVELS[i], index: AQI_INDEX_LEVELS[i], beyondScale: false });
      });
    }
  });

  it('interpolates linearly inside a band', () => {
    // PM2.5 55.7 µg/m³ (the decision's daily example): (150 − 100)/(80 − 50) × (55.7 − 50) + 100 = 109.5 → 110.
    expect(subIndex('pm25', 55.7)?.exact).toBeCloseTo(109.5, 10);
    expect(subIndex('pm25', 55.7)?.index).toBe(110);
    // NO₂ 130.8: 50/100 × 30.8 + 50 = 65.4 → 65 (decision: 65). O₃ 8-h 89.3: 0.5 × 89.3 = 44.65 → 45 (decision: 45).
    expect(subIndex('no2', 130.8)?.index).toBe(65);
    expect(subIndex('o3-8h', 89.3)?.index).toBe(45);
    // O₃ 1-h 114.6: 50/160 × 114.6 = 35.8 → 36 (decision: 36). CO 20 000: 50 + 50/20 000 × 10 000 = 75.
    expect(subIndex('o3-1h', 114.6)?.index).toBe(36);
    expect(subIndex('co', 20_000)?.exact).toBe(75);
    // PM10 385: 200 + 100/70 × 35 = 250 (the 420 breakpoint makes this band 70 µg/m³ wide).
    expect(subIndex('pm10', 385)?.exact).toBeCloseTo(250, 10);
  });

  it('rounds to the nearest integer, halves up (not ceil), without float noise', () => {
    expect(roundAqi(50.4)).toBe(50);
    expect(roundAqi(50.5)).toBe(51);
    expect(roundAqi(59.35)).toBe(59);
    expect(roundAqi(50.49999999999999)).toBe(51);
    // PM2.5 25.25 → 50 + 2 × 0.25 = 50.5 → 51 (moderate); 25.2 → 50.4 → 50 (good).
    expect(subIndex('pm25', 25.25)?.index).toBe(51);
    expect(subIndex('pm25', 25.2)?.index).toBe(50);
  });

  it('caps at 500 above the top breakpoint and flags it', () => {
    expect(subIndex('pm25', 500)).toEqual({ exact: 500, index: 500, beyondScale: false });
    expect(subIndex('pm25', 500.1)).toEqual({ exact: 500, index: 500, beyondScale: true });
    expect(subIndex('o3-1h', 5000)).toEqual({ exact: 500, index: 500, beyondScale: true });
    expect(subIndex('co', 150_001)?.beyondScale).toBe(true);
  });

  it('drops the O₃ 8-hour sub-index above 400 µg/m³ instead of extrapolating', () => {
    expect(subIndex('o3-8h', 400)?.index).toBe(300);
    expect(subIndex('o3-8h', 400.01)).toBeNull();
    // 210…400 µg/m³ is the 200…300 band: 305 → 200 + 100/190 × 95 = 250.
    expect(subIndex('o3-8h', 305)?.exact).toBeCloseTo(250, 10);
  });

  it('refuses a negative or non-finite concentration', () => {
    expect(() => subIndex('pm25', -1)).toThrow(RangeError);
    expect(() => subIndex('pm25', Number.NaN)).toThrow(RangeError);
    expect(() => subIndex('pm25', Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
