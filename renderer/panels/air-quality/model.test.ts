import { describe, expect, it } from 'vitest';
import { airQualityOptions } from '../../../src/layout/panel-kinds/air-quality.js';
import { ChannelState } from '../../state/wall/feed-data.js';
import { hourlyFigures } from '../../testing/feed.js';
import { ALERT_FROM_AQI, cityAirQuality } from './model.js';

const NOW = '2026-11-30T10:00:00+07:00';

function channelWith(...figures: ReturnType<typeof hourlyFigures>[]) {
  const state = new ChannelState('environment/aqi', 'run-1', 0, 0);
  for (const list of figures) for (const figure of list) state.upsert(figure);
  return state.commit()!;
}

const steady = (value: number, hours = 36) => Array.from({ length: hours }, () => value);

describe('air-quality options', () => {
  it('defaults to the five AQI cities, with the trend and the daily AQI', () => {
    expect(airQualityOptions.parse({})).toEqual({ cities: ['VN34-01', 'VN34-79', 'VN34-31', 'VN34-48', 'VN34-92'], trend: true, daily: true });
  });

  it('refuses a city without AQI monitoring, and a city listed twice, saying which', () => {
    const unknown = airQualityOptions.safeParse({ cities: ['VN34-01', 'VN34-02'] });
    expect(unknown.success).toBe(false);
    expect(unknown.error?.issues[0]).toMatchObject({ path: ['cities', 1] });
    expect(unknown.error?.issues[0]?.message).toContain('must be one of the AQI cities');
    expect(airQualityOptions.safeParse({ cities: ['VN34-01', 'VN34-01'] }).error?.issues[0]?.message).toBe('lists a city twice');
    expect(airQualityOptions.safeParse({ colour: 'red' }).success).toBe(false);
  });
});

describe('cityAirQuality', () => {
  it('takes the band at its breakpoints: PM2.5 80 µg/m³ is AQI 150 "Kém", not marked; 81.4 is 151 "Xấu", marked', () => {
    const poor = cityAirQuality(channelWith(hourlyFigures('conc.pm25', 'VN34-01', steady(80), NOW)), 'VN34-01');
    expect(poor.now).toMatchObject({ aqi: 150, dominant: 'pm25' });
    expect(poor.now?.band.vi).toBe('Kém');
    expect(poor.alert).toBe(false);
    const bad = cityAirQuality(channelWith(hourlyFigures('conc.pm25', 'VN34-01', steady(81.4), NOW)), 'VN34-01');
    expect(bad.now).toMatchObject({ aqi: ALERT_FROM_AQI });
    expect(bad.now?.band.vi).toBe('Xấu');
    expect(bad.alert).toBe(true);
    const good = cityAirQuality(channelWith(hourlyFigures('conc.pm25', 'VN34-01', steady(25), NOW)), 'VN34-01');
    expect(good.now?.band.vi).toBe('Tốt');
    expect(cityAirQuality(channelWith(hourlyFigures('conc.pm25', 'VN34-01', steady(25.7), NOW)), 'VN34-01').now?.band.vi).toBe('Trung bình');
  });

  it('names the dominant pollutant: the one with the largest sub-index', () => {
    const data = channelWith(hourlyFigures('conc.pm25', 'VN34-79', steady(20), NOW), hourlyFigures('conc.pm10', 'VN34-79', steady(300), NOW));
    const city = cityAirQuality(data, 'VN34-79');
    expect(city.name).toBe('TP Hồ Chí Minh');
    expect(city.now?.dominant).toBe('pm10');
  });

  it('draws the last 24 hourly AQIs, oldest first, with a gap where the PM NowCast has too few hours', () => {
    const values: (number | null)[] = steady(25);
    // The hours ending 19, 18 and 17 hours ago are missing: NowCast needs 2 of the last 3 hours.
    values[values.length - 20] = null;
    values[values.length - 19] = null;
    values[values.length - 18] = null;
    const city = cityAirQuality(channelWith(hourlyFigures('conc.pm25', 'VN34-01', values, NOW)), 'VN34-01');
    expect(city.trend).toHaveLength(24);
    expect(city.trend[23]).toBe(50);
    // 18, 17 and 16 hours ago (trend positions 5–7) have fewer than 2 of their last 3 hours.
    expect(city.trend.map((value, i) => (value === null ? i : -1)).filter((i) => i >= 0)).toEqual([5, 6, 7]);
  });

  it('gives the daily AQI of the last complete day (the hours ending 01:00 to 24:00), none with fewer than 18 hours', () => {
    const city = cityAirQuality(channelWith(hourlyFigures('conc.pm25', 'VN34-01', steady(50), NOW)), 'VN34-01');
    expect(city.daily?.aqi).toBe(100);
    expect(new Date(city.daily!.dayStart).toISOString()).toBe('2026-11-28T17:00:00.000Z'); // 29/11 00:00 in Viet Nam
    const short = cityAirQuality(channelWith(hourlyFigures('conc.pm25', 'VN34-01', steady(50, 28), NOW)), 'VN34-01'); // the hours ending 07:00–24:00 of 29/11: 18
    expect(short.daily?.aqi).toBe(100);
    const tooShort = cityAirQuality(channelWith(hourlyFigures('conc.pm25', 'VN34-01', steady(50, 27), NOW)), 'VN34-01'); // 17 hours
    expect(tooShort.daily?.aqi).toBeNull();
  });

  it('reads figures from before 1 July 2025 under the 63-unit code', () => {
    const city = cityAirQuality(channelWith(hourlyFigures('conc.pm25', 'VN-HN', steady(80), '2025-06-20T10:00:00+07:00')), 'VN34-01');
    expect(city.now?.aqi).toBe(150);
  });

  it('shows nothing, not zero, without data', () => {
    expect(cityAirQuality(null, 'VN34-01')).toMatchObject({ now: null, trend: [], daily: null, alert: false });
  });
});
