import { describe, expect, it } from 'vitest';
import { dailyAqi, hourlyAqi, nowCast, pollutantOfMetric, POLLUTANT_METRICS, POLLUTANTS, type AqiOutcome, type AqiResult, type HourlyConcentrations } from './aqi.js';

const ok = (outcome: AqiOutcome): AqiResult => {
  if (outcome.aqi === null) throw new Error(`expected an AQI, got: ${outcome.message}`);
  return outcome;
};
const pm25Hours = (...values: (number | null)[]): HourlyConcentrations[] => values.map((pm25) => ({ pm25 }));
const steady = (hours: number, values: HourlyConcentrations): HourlyConcentrations[] => Array.from({ length: hours }, () => ({ ...values }));

// The worked example of Decision 1459/QĐ-TCMT §2.3: PM2.5 from 09:00 to 20:00 (newest last).
const DECISION_PM25 = [26.9, 24.7, 20.5, 23.5, 19.5, 16.5, 19.0, 16.5, 20.3, 22.4, 19.6, 20.6];

describe('NowCast (12 hours, w = max(min/max, ½))', () => {
  it('reproduces the decision’s worked example: 20.3 µg/m³', () => {
    // w* = 16.5/26.9 = 0.613 > ½, so w = 0.613; Σ w^(i−1)·c_i / Σ w^(i−1) = 20.27 (the decision rounds w to 0.61 first: 20.27).
    expect(nowCast(DECISION_PM25)).toBeCloseTo(20.27, 2);
  });

  it('matches hand-computed values', () => {
    // [30, 40, 60], newest last: w* = 30/60 = ½ → w = ½; (60 + ½·40 + ¼·30) / (1 + ½ + ¼) = 87.5 / 1.75 = 50.
    expect(nowCast([30, 40, 60])).toBeCloseTo(50, 12);
    // [40, 50]: w* = 0.8 → w = 0.8; (50 + 0.8·40) / 1.8 = 82 / 1.8 = 45.5556.
    expect(nowCast([40, 50])).toBeCloseTo(45.5556, 4);
    // [10, 100, 100]: w* = 0.1 < ½ → w = ½; (100 + 50 + 2.5) / 1.75 = 87.142857.
    expect(nowCast([10, 100, 100])).toBeCloseTo(87.142857, 6);
  });

  it('weighs a missing hour as 0 and normalises over the hours present', () => {
    // c1 = 60, c2 = 40, c3 missing, c4 = 20; w* = 20/60 → ½: (60 + ½·40 + ⅛·20) / (1 + ½ + ⅛) = 82.5 / 1.625.
    expect(nowCast([20, null, 40, 60])).toBeCloseTo(82.5 / 1.625, 12);
  });

  it('needs at least 2 of the last 3 hours', () => {
    expect(nowCast([50, 50, 50, 50, null, null, 50])).toBeNull();
    expect(nowCast([50, 50, null, null])).toBeNull();
    expect(nowCast([50, null, 50])).toBe(50);
    expect(nowCast([null, 50, 50])).toBe(50);
    expect(nowCast([50])).toBeNull();
    expect(nowCast([])).toBeNull();
  });

  it('uses only the last 12 hours, and zero stays zero', () => {
    expect(nowCast([10_000, ...DECISION_PM25])).toBe(nowCast(DECISION_PM25));
    expect(nowCast([0, 0, 0])).toBe(0);
  });

  it('treats negative and non-finite values as missing', () => {
    expect(nowCast([40, -3, 50])).toBe(nowCast([40, null, 50]));
    expect(nowCast([40, Number.NaN, Number.POSITIVE_INFINITY])).toBeNull();
  });
});

describe('hourly AQI', () => {
  it('reproduces the decision’s worked hourly example', () => {
    const hours = pm25Hours(...DECISION_PM25);
    hours[11] = { ...hours[11], o3: 136.1, no2: 118.7 };
    const result = ok(hourlyAqi(hours));
    // O₃ 1-h: 50/160 × 136.1 = 42.53 → 43 (decision: 43). PM2.5: 2 × 20.27 = 40.5 → 41 (decision: 41).
    expect(result.subIndices.o3).toMatchObject({ index: 43, averaging: '1h', concentration: 136.1 });
    expect(result.subIndices.pm25).toMatchObject({ index: 41, averaging: 'nowcast' });
    // NO₂: 50/100 × 18.7 + 50 = 59.35 → 59. The decision prints 60 here, yet 65 (not 66) for 65.4 in its
    // daily example; rounding to the nearest integer is the only rule consistent with the daily example.
    expect(result.subIndices.no2?.exact).toBeCloseTo(59.35, 10);
    expect(result).toMatchObject({ aqi: 59, dominant: 'no2', dominantPollutants: ['no2'], period: 'hour', beyondScale: false });
    expect(result.band.level).toBe('moderate');
    expect(result.gaps).toEqual({ pm10: 'no-data', so2: 'no-data', co: 'no-data' });
  });

  it('puts the band edges 50/51, 100/101 where the decision does', () => {
    expect(ok(hourlyAqi(steady(12, { pm25: 25 })))).toMatchObject({ aqi: 50, band: { level: 'good' } });
    expect(ok(hourlyAqi(steady(12, { pm25: 25.25 })))).toMatchObject({ aqi: 51, band: { level: 'moderate' } });
    expect(ok(hourlyAqi(steady(12, { pm10: 150 })))).toMatchObject({ aqi: 100, band: { level: 'moderate' } });
    // PM10 150.5: 100 + 50/100 × 0.5 = 100.25 → 100; 151: 100.5 → 101 (poor).
    expect(ok(hourlyAqi(steady(12, { pm10: 150.5 })))).toMatchObject({ aqi: 100, band: { level: 'moderate' } });
    expect(ok(hourlyAqi(steady(12, { pm10: 151 })))).toMatchObject({ aqi: 101, band: { level: 'poor' } });
  });

  it('caps at 500 and flags a concentration beyond the scale', () => {
    const result = ok(hourlyAqi(steady(12, { pm25: 650, pm10: 100 })));
    expect(result).toMatchObject({ aqi: 500, exact: 500, beyondScale: true, dominant: 'pm25', band: { level: 'hazardous' } });
    expect(ok(hourlyAqi(steady(12, { pm25: 500 })))).toMatchObject({ aqi: 500, beyondScale: false });
  });

  it('uses the 1-hour O₃ table and the current hour for the gases', () => {
    const hours = [...steady(11, { pm25: 10, o3: 900, no2: 900, so2: 900, co: 90_000 }), { pm25: 10, o3: 200, no2: 200, so2: 350, co: 30_000 }];
    const result = ok(hourlyAqi(hours));
    for (const pollutant of ['o3', 'no2', 'so2', 'co'] as const) expect(result.subIndices[pollutant], pollutant).toMatchObject({ index: 100, averaging: '1h' });
    expect(result.aqi).toBe(100);
    expect(result.dominant).toBe('o3'); // a tie on the exact value: the first in POLLUTANTS order
    expect(result.dominantPollutants).toEqual(['o3', 'no2', 'so2', 'co']);
  });

  it('reports the dominant pollutant', () => {
    // SO₂ 500: 100 + 50/200 × 150 = 137.5 → 138; PM2.5 30 → 60; PM10 60 → 55.
    const hours = [...steady(11, { pm25: 30, pm10: 60 }), { pm25: 30, pm10: 60, so2: 500 }];
    expect(ok(hourlyAqi(hours))).toMatchObject({ aqi: 138, dominant: 'so2', dominantPollutants: ['so2'], band: { level: 'poor' } });
    // PM2.5 25 and PM10 50 both give 50: PM2.5 first, both listed.
    expect(ok(hourlyAqi(steady(12, { pm25: 25, pm10: 50 })))).toMatchObject({ aqi: 50, dominant: 'pm25', dominantPollutants: ['pm25', 'pm10'] });
  });

  it('requires PM10 or PM2.5: no AQI, with a reason, from gases alone', () => {
    const result = hourlyAqi(steady(12, { o3: 300, no2: 150 }));
    expect(result.aqi).toBeNull();
    expect(result).toMatchObject({ reason: 'no-pm', gaps: { pm25: 'no-data', pm10: 'no-data' } });
    expect(result.subIndices.o3?.index).toBe(150); // O₃ 300 µg/m³ is the 1-hour table's 150 breakpoint
    expect(hourlyAqi([])).toMatchObject({ aqi: null, reason: 'no-pm' });
  });

  it('applies the 2-of-3 rule to PM, and falls back on the other PM', () => {
    const hours: HourlyConcentrations[] = [...steady(9, { pm25: 40, pm10: 80 }), { pm25: 40, pm10: 80 }, { pm10: 80 }, { pm10: 80 }];
    const result = ok(hourlyAqi(hours));
    expect(result.gaps.pm25).toBe('nowcast-needs-2-of-3');
    expect(result.subIndices.pm25).toBeUndefined();
    expect(result).toMatchObject({ dominant: 'pm10', aqi: 65 }); // PM10 80: 50 + 50/100 × 30 = 65
    const noPm = hourlyAqi([...steady(10, { pm25: 40 }), {}, { o3: 100 }]);
    expect(noPm).toMatchObject({ aqi: null, reason: 'no-pm', gaps: { pm25: 'nowcast-needs-2-of-3' } });
  });

  it('maps pollutants to the feed metrics of environment/aqi', () => {
    for (const pollutant of POLLUTANTS) expect(pollutantOfMetric(POLLUTANT_METRICS[pollutant])).toBe(pollutant);
    expect(pollutantOfMetric('conc.nh3')).toBeUndefined();
  });
});

// The O₃ series of the decision's 8-hour example: 18:00 of the day before to 00:00 at the end of the day.
const DECISION_O3_BEFORE = [15.7, 14.2, 17.7, 18.9, 19.3, 15.7, 19.7];
const DECISION_O3_DAY = [22.6, 27.1, 29.0, 31.9, 25.3, 34.7, 35.2, 41.6, 45.7, 49.2, 55.8, 69.6, 78.3, 91.5, 97.7, 81.2, 71.8, 43.5, 34.3, 21.5, 20.5, 19.4, 20.4, 21.3];

describe('daily AQI', () => {
  it('reproduces the decision’s worked daily example: 110', () => {
    // PM2.5 24-h mean 55.7; O₃ 1-h max 114.6 and 8-h max 89.3; NO₂ 1-h max 130.8.
    const o3 = Array.from({ length: 24 }, () => 10);
    o3.splice(10, 8, 114.6, 64.0, 89.3, 89.3, 89.3, 89.3, 89.3, 89.3); // 8-h mean (114.6 + 64 + 6 × 89.3) / 8 = 89.3
    const day = o3.map((value, hour) => ({ pm25: 55.7, o3: value, no2: hour === 5 ? 130.8 : 100 }));
    const result = ok(dailyAqi(day));
    expect(result.subIndices.pm25).toMatchObject({ index: 110, averaging: '24h' });
    expect(result.subIndices.no2).toMatchObject({ index: 65, averaging: '1h-max', concentration: 130.8 });
    expect(result.o3Daily?.oneHourMax).toMatchObject({ index: 36, concentration: 114.6 });
    expect(result.o3Daily?.eightHourMax?.index).toBe(45);
    expect(result.o3Daily?.eightHourMaxConcentration).toBeCloseTo(89.3, 10);
    expect(result.subIndices.o3).toMatchObject({ index: 45, averaging: '8h-max' });
    expect(result).toMatchObject({ aqi: 110, dominant: 'pm25', period: 'day', band: { level: 'poor' } });
  });

  it('computes the 8-hour means as the decision’s example, reaching into the day before', () => {
    const day = DECISION_O3_DAY.map((o3) => ({ o3, pm10: 20 }));
    const result = ok(dailyAqi(day, { precedingHours: DECISION_O3_BEFORE.map((o3) => ({ o3 })) }));
    // Highest 8-h mean: 10:00…17:00 = 595.1 / 8 = 74.39 (decision: 74.4) → 37.2 → 37; 1-h max 97.7 → 30.5 → 31.
    expect(result.o3Daily?.eightHourMaxConcentration).toBeCloseTo(74.39, 2);
    expect(result.subIndices.o3).toMatchObject({ index: 37, averaging: '8h-max' });
    expect(result.o3Daily?.oneHourMax?.index).toBe(31);
    expect(result).toMatchObject({ aqi: 37, dominant: 'o3' });
  });

  it('drops the 8-hour O₃ sub-index above 400 µg/m³ and uses the 1-hour one', () => {
    const dropped = ok(dailyAqi(steady(24, { pm25: 10, o3: 450 })));
    // 1-h max 450: 200 + 100/400 × 50 = 212.5 → 213.
    expect(dropped.o3Daily).toMatchObject({ eightHourDropped: true, eightHourMax: null, eightHourMaxConcentration: 450 });
    expect(dropped.subIndices.o3).toMatchObject({ index: 213, averaging: '1h-max' });
    // At exactly 400 the 8-hour one is kept (300) and beats the 1-hour one (400 → 200).
    const kept = ok(dailyAqi(steady(24, { pm25: 10, o3: 400 })));
    expect(kept.o3Daily).toMatchObject({ eightHourDropped: false });
    expect(kept.subIndices.o3).toMatchObject({ index: 300, averaging: '8h-max' });
    expect(kept).toMatchObject({ aqi: 300, dominant: 'o3', band: { level: 'very-bad' } });
  });

  it('uses the 24-h mean for PM and the hourly maximum for NO₂, SO₂, CO', () => {
    const day = Array.from({ length: 24 }, (_, hour) => ({ pm10: hour < 12 ? 100 : 200, so2: hour === 23 ? 800 : 10, co: 5000 }));
    const result = ok(dailyAqi(day));
    expect(result.subIndices.pm10).toMatchObject({ concentration: 150, index: 100, averaging: '24h' });
    expect(result.subIndices.so2).toMatchObject({ concentration: 800, index: 200, averaging: '1h-max' });
    expect(result.subIndices.co).toMatchObject({ concentration: 5000, index: 25 });
    expect(result).toMatchObject({ aqi: 200, dominant: 'so2', band: { level: 'bad' } });
  });

  it('needs 18 of 24 hours per pollutant, and 6 of 8 per 8-hour mean', () => {
    const hours = (present: number, values: HourlyConcentrations) => Array.from({ length: 24 }, (_, hour) => (hour < present ? { ...values } : {}));
    expect(ok(dailyAqi(hours(18, { pm25: 30 }))).subIndices.pm25?.index).toBe(60);
    expect(dailyAqi(hours(17, { pm25: 30 }))).toMatchObject({ aqi: null, reason: 'no-pm', gaps: { pm25: 'incomplete-day', pm10: 'no-data' } });
    // A partial day (only 20 entries) counts the rest as missing.
    expect(ok(dailyAqi(steady(20, { pm25: 30 }))).aqi).toBe(60);
    // O₃ 380 in the day's first 5 hours, 100 after, nothing before the day: the 8-h mean ending at hour 4
    // has only 5 of 8 hours and does not count; the one ending at hour 5 has 6: (5 × 380 + 100) / 6 = 333.3.
    const early = Array.from({ length: 24 }, (_, hour) => ({ pm25: 5, o3: hour < 5 ? 380 : 100 }));
    expect(ok(dailyAqi(early)).o3Daily?.eightHourMaxConcentration).toBeCloseTo(2000 / 6, 10);
    // Given the hours before the day, the windows are complete: (3 × 100 + 5 × 380) / 8 = 275 at hour 4.
    const withBefore = ok(dailyAqi(early, { precedingHours: steady(7, { o3: 100 }) }));
    expect(withBefore.o3Daily?.eightHourMaxConcentration).toBeCloseTo(275, 10);
    const sparse = ok(dailyAqi(Array.from({ length: 24 }, (_, hour) => ({ pm25: 5, o3: hour % 4 === 0 ? null : hour % 2 === 0 ? 150 : null }))));
    expect(sparse.gaps.o3).toBe('incomplete-day');
  });

  it('needs PM for a daily AQI, and at most 24 hours', () => {
    expect(dailyAqi(steady(24, { o3: 100, no2: 100 }))).toMatchObject({ aqi: null, reason: 'no-pm' });
    expect(() => dailyAqi(steady(25, { pm25: 10 }))).toThrow(RangeError);
  });
});
