import { describe, expect, it } from 'vitest';
import { trafficAccidentsOptions } from '../../../src/layout/panel-kinds/traffic-accidents.js';
import type { HeldObservation } from '../../../src/protocol/wall/index.js';
import { channelWith } from '../../testing/wall-data.js';
import { dayFigure, figure } from '../../testing/feed.js';
import { accidentOverview, accidentRanking } from './model.js';

const channel = (figures: HeldObservation[]) => channelWith('traffic/accidents', figures);

const day = (date: string, metric: string, value: number, area = 'VN', unit = 'persons') => dayFigure(date, value, { metric, area, unit });
const range = (metric: string, value: number, area: string, end = '2026-11-20') => figure({ metric, area, value, unit: metric.startsWith('deaths.per-day') ? 'persons/day' : 'persons', period: { frequency: 'range', start: '2026-11-15', end } });

describe('traffic-accidents options', () => {
  it('defaults to the national overview, and refuses an unknown area or view by name', () => {
    expect(trafficAccidentsOptions.parse({})).toEqual({ view: 'overview', area: 'VN', count: 5 });
    expect(trafficAccidentsOptions.safeParse({ area: 'VN34-99' }).error?.issues[0]).toMatchObject({ path: ['area'], message: 'is not a known area code' });
    expect(trafficAccidentsOptions.safeParse({ view: 'table' }).error?.issues[0]?.path).toEqual(['view']);
  });
});

describe('accidentOverview', () => {
  it('gives the latest day, the reporting month so far from the 15th summed from the day figures, by mode, and deaths per day', () => {
    const figures = [
      day('2026-11-14', 'deaths', 99), // the month before: not counted
      day('2026-11-15', 'accidents', 30, 'VN', 'count'),
      day('2026-11-15', 'deaths', 20),
      day('2026-11-16', 'accidents', 31, 'VN', 'count'),
      day('2026-11-16', 'deaths', 21),
      day('2026-11-16', 'injured', 15),
      day('2026-11-16', 'rail.deaths', 1),
      day('2026-11-16', 'rail.deaths', 2, 'VN34-01'),
      range('deaths.per-day', 20.5, 'VN', '2026-11-16'),
      range('deaths.per-day.change-yoy', -1.5, 'VN', '2026-11-16'),
    ];
    const overview = accidentOverview(channel(figures), 'VN');
    expect(overview.day).toEqual({ year: 2026, month: 11, day: 16 });
    expect(overview.today).toEqual({ accidents: 31, deaths: 21, injured: 15 });
    expect(overview.period?.start).toEqual({ year: 2026, month: 11, day: 15 });
    expect(overview.period?.rows.find((row) => row.mode === 'all')?.counts).toEqual({ accidents: 61, deaths: 41, injured: 15 });
    expect(overview.period?.rows.find((row) => row.mode === 'rail')?.counts).toEqual({ accidents: null, deaths: 1, injured: null });
    expect(overview.period?.missingDays).toBe(0);
    expect(overview.perDay?.value).toBe(20.5);
    expect(overview.perDayChange?.value).toBe(-1.5);
  });

  it('counts the days with no figure in the month so far, and takes a revised day', () => {
    const figures = [day('2026-11-15', 'accidents', 30, 'VN', 'count'), day('2026-11-18', 'accidents', 20, 'VN', 'count'), day('2026-11-18', 'accidents', 25, 'VN', 'count')];
    figures[2] = { ...figures[2]!, revision: 1, status: 'revised', receivedAt: '2026-11-20T00:00:00.000Z' };
    const overview = accidentOverview(channel(figures), 'VN');
    expect(overview.period?.rows[0]?.counts.accidents).toBe(55);
    expect(overview.period?.missingDays).toBe(2);
  });

  it('shows a province without the modes, and nothing before any figure', () => {
    const overview = accidentOverview(channel([day('2026-11-16', 'accidents', 3, 'VN34-01', 'count')]), 'VN34-01');
    expect(overview.period?.rows.map((row) => row.mode)).toEqual(['all']);
    expect(accidentOverview(null, 'VN')).toMatchObject({ day: null, period: null });
  });
});

describe('accidentRanking', () => {
  it('ranks the provinces of the latest period by their change in deaths, not the nation, not older periods', () => {
    const figures = [
      range('deaths.change-yoy', 40, 'VN'),
      range('deaths.change-yoy', 7, 'VN34-01'),
      range('deaths.change-yoy', 3, 'VN34-79'),
      range('deaths.change-yoy', -4, 'VN34-31'),
      range('deaths.change-yoy', 50, 'VN34-48', '2026-11-19'),
      range('deaths.change-yoy', 3, 'VN34-92'),
    ];
    const ranking = accidentRanking(channel(figures), 1);
    expect(ranking.up.map((e) => [e.name, e.change])).toEqual([['Hà Nội', 7]]);
    expect(ranking.down.map((e) => [e.name, e.change])).toEqual([['Hải Phòng', -4]]);
    expect(accidentRanking(channel(figures), 2).up.map((e) => e.name)).toEqual(['Hà Nội', 'Cần Thơ', 'Hồ Chí Minh']);
    expect(ranking.basis?.period.end).toBe('2026-11-20');
  });
});
