import { describe, expect, it } from 'vitest';
import type { HeldReport } from '../../../src/protocol/wall/index.js';
import { disasterKind, disasterOptions } from '../../../src/layout/panel-kinds/disaster.js';
import { channelWith } from '../../testing/wall-data.js';
import { dayFigure, report } from '../../testing/feed.js';
import { dailySummary, fireDanger, warningsInForce } from './model.js';

const channel = channelWith;

describe('disaster', () => {
  it('reads both channels of the landslides and drought view', () => {
    expect(disasterKind.channels(disasterOptions.parse({ view: 'landslides-drought' }))).toEqual(['agriculture/landslides', 'agriculture/drought-salinity']);
    expect(disasterOptions.safeParse({ view: 'volcanoes' }).error?.issues[0]?.path).toEqual(['view']);
  });

  it('sums up the latest day only', () => {
    const view = dailySummary(channel('disaster/daily', [dayFigure('2026-11-29', 3, { metric: 'incidents', unit: 'count' }), dayFigure('2026-11-29', 1, { metric: 'deaths' }), dayFigure('2026-11-28', 7, { metric: 'missing' })]));
    expect(view.figures.slice(0, 3)).toEqual([
      ['incidents', 3],
      ['deaths', 1],
      ['missing', null],
    ]);
  });

  it('counts the warnings in force by severity, the gravest first, not those that have ended', () => {
    const w = (id: string, severity: HeldReport['severity'], end: string, occurredAt = '2026-11-30T08:00:00+07:00') => report({ id, kind: 'storm', area: 'VN', severity, occurredAt, period: { frequency: 'range', start: '2026-11-30T00:00:00+07:00', end } });
    const view = warningsInForce(channel('disaster/warnings', [], [w('a', 'moderate', '2026-12-02T00:00:00+07:00'), w('b', 'extreme', '2026-12-02T00:00:00+07:00'), w('c', 'severe', '2026-11-30T06:00:00+07:00'), w('d', 'extreme', '2026-12-03T00:00:00+07:00', '2026-11-30T09:00:00+07:00')]), Date.parse('2026-11-30T10:00:00+07:00'));
    expect(view.counts).toEqual({ extreme: 2, severe: 0, moderate: 1, minor: 0 });
    expect(view.gravest.map((r) => r.id)).toEqual(['d', 'b', 'a']);
  });

  it('groups provinces by fire-danger level on the latest day', () => {
    const f = (area: string, level: number, day = '2026-11-29') => dayFigure(day, level, { metric: 'danger-level', area, unit: 'level' });
    const view = fireDanger(channel('agriculture/forest-fire', [f('VN', 5), f('VN34-01', 5), f('VN34-79', 2), f('VN34-31', 4, '2026-11-28')]));
    expect(view.byLevel.get(5)).toEqual(['VN34-01']);
    expect(view.byLevel.get(4)).toEqual([]);
    expect(view.byLevel.get(2)).toEqual(['VN34-79']);
  });
});
