import { describe, expect, it } from 'vitest';
import { weatherKind, weatherOptions } from '../../../src/layout/panel-kinds/weather.js';
import { channelWith } from '../../testing/wall-data.js';
import { dayFigure } from '../../testing/feed.js';
import { emissions, forecasts, vnDate } from './model.js';

const channel = channelWith;
const wx = (day: string, metric: string, value: number, area = 'VN34-01', revision = 0) => dayFigure(day, value, { metric, area, unit: metric === 'rain' ? 'mm' : '°C', revision, status: revision ? 'revised' : 'provisional', receivedAt: `2026-11-2${revision}T00:00:00.000Z` });
const NOW = Date.parse('2026-11-30T23:30:00+07:00');

describe('weather options', () => {
  it('defaults to the five cities over four days, reading the warnings too', () => {
    const options = weatherOptions.parse({});
    expect(options.areas).toEqual(['VN34-01', 'VN34-79', 'VN34-31', 'VN34-48', 'VN34-92']);
    expect(weatherKind.channels(options)).toEqual(['environment/weather', 'disaster/warnings']);
    expect(weatherOptions.safeParse({ days: 5 }).error?.issues[0]?.path).toEqual(['days']);
  });
});

describe('forecasts', () => {
  it('takes today in Viet Nam and the next days, each at its latest issue; marks heavy rain', () => {
    expect(vnDate(NOW)).toBe('2026-11-30');
    const data = channel('environment/weather', [wx('2026-11-30', 'temp.min', 18), wx('2026-11-30', 'temp.max', 24), wx('2026-12-01', 'temp.min', 17), wx('2026-12-01', 'temp.max', 23), wx('2026-12-01', 'temp.max', 22, 'VN34-01', 1), wx('2026-12-01', 'rain', 25.5), wx('2026-11-29', 'temp.max', 30)]);
    const view = forecasts(data, ['VN34-01'], 3, NOW);
    expect(view.rows[0]!.days).toEqual([
      { date: '2026-11-30', min: 18, max: 24, rain: null, heavyRain: false },
      { date: '2026-12-01', min: 17, max: 22, rain: 25.5, heavyRain: true },
    ]);
  });

  it('lists the provinces with sources over the limit on the latest day, most first', () => {
    const e = (metric: string, value: number, area: string) => dayFigure('2026-11-29', value, { metric, area, unit: 'count' });
    const view = emissions(channel('environment/emissions', [e('sources.monitored', 400, 'VN'), e('sources.exceeding', 5, 'VN'), e('sources.exceeding', 1, 'VN34-01'), e('sources.exceeding', 3, 'VN34-79'), e('sources.exceeding', 0, 'VN34-31')]), 4);
    expect(view.nation).toEqual({ area: 'VN', monitored: 400, exceeding: 5 });
    expect(view.provinces.map((row) => [row.area, row.exceeding])).toEqual([
      ['VN34-79', 3],
      ['VN34-01', 1],
    ]);
  });
});
