import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from './channels.js';
import { channelsMarkdown } from './channels-doc.js';
import { checkFeedMessage } from './check.js';

const now = Date.parse('2026-11-22T02:00:00Z');
const provenance = {
  period: { frequency: 'hour', start: '2026-11-22T01:00:00+07:00', end: '2026-11-22T02:00:00+07:00' },
  cutOff: '2026-11-22T02:00:00+07:00',
  source: 'Bộ Nông nghiệp và Môi trường',
  reportedAt: '2026-11-22T02:05:00+07:00',
  status: 'provisional',
  revision: 0,
};
const context = { subscribed: new Set(CHANNEL_NAMES), now };

describe('checkFeedMessage', () => {
  it('accepts AQI figures for the five cities only, in either area set', () => {
    const observation = (area: string) => ({ metric: 'conc.pm25', area, unit: 'µg/m³', value: 41.2, ...provenance });
    const result = checkFeedMessage(
      { channel: 'environment/aqi', seq: 1, sentAt: '2026-11-22T02:05:00+07:00', observations: [observation('VN34-01'), observation('VN-HN'), observation('VN34-08')] },
      context,
    );
    if (!result.ok) throw new Error('envelope must pass');
    expect(result.message.observations.map((o) => o.area)).toEqual(['VN34-01', 'VN-HN']);
    expect(result.message.rejections.map((r) => [r.reason, r.detail])).toEqual([['area-not-allowed', 'environment/aqi has no figures for area VN34-08']]);
  });

  it('holds serious-accident reports to 100 words and congestion to 50', () => {
    const report = (kind: string, words: number) => ({
      id: `${kind}-${words}`,
      kind,
      area: 'VN34-01',
      title: 'Sự việc',
      text: Array.from({ length: words }, () => 'chữ').join(' '),
      occurredAt: '2026-11-22T01:00:00+07:00',
      ...provenance,
      period: { frequency: 'day', start: '2026-11-21', end: '2026-11-21' },
      source: 'Ủy ban An toàn giao thông Quốc gia',
    });
    const result = checkFeedMessage(
      { channel: 'traffic/accidents', seq: 1, sentAt: '2026-11-22T02:05:00+07:00', reports: [report('serious-accident', 100), report('serious-accident', 101), report('congestion', 51), report('hot-issue', 200)] },
      context,
    );
    if (!result.ok) throw new Error('envelope must pass');
    expect(result.message.reports.map((r) => r.id)).toEqual(['serious-accident-100', 'hot-issue-200']);
    expect(result.message.rejections.map((r) => r.detail)).toEqual([
      'text: a "serious-accident" report must be at most 100 words',
      'text: a "congestion" report must be at most 50 words',
    ]);
  });

  it('takes a storm track and cone on a warning; refuses shapes that are open, oversized, empty, or on a channel without them', () => {
    const warning = (id: string, shape: unknown, channel = 'disaster/warnings') => ({
      id,
      kind: channel === 'disaster/warnings' ? 'storm' : 'serious-accident',
      area: 'VN',
      title: 'Bão số 5',
      text: 'Bão số 5 trên Biển Đông',
      occurredAt: '2026-11-22T01:00:00+07:00',
      shape,
      ...provenance,
    });
    const cone = { type: 'Polygon', coordinates: [[[112, 15], [110, 16.5], [108.5, 16], [110, 14.5], [112, 15]]] };
    const track = { type: 'LineString', coordinates: [[115, 14], [113, 15], [111, 15.6], [109, 16]], forecastFrom: 2 };
    const open = { type: 'Polygon', coordinates: [[[112, 15], [110, 16.5], [108.5, 16], [110, 14.5]]] };
    const huge = { type: 'LineString', coordinates: Array.from({ length: 501 }, (_, i) => [105 + i / 1000, 15]) };
    const check = (reports: unknown[], channel = 'disaster/warnings') => {
      const result = checkFeedMessage({ channel, seq: 1, sentAt: '2026-11-22T02:05:00+07:00', reports }, context);
      if (!result.ok) throw new Error('envelope must pass');
      return result.message;
    };
    const message = check([warning('good', { track, zone: cone }), warning('open', { zone: open }), warning('huge', { track: huge }), warning('empty', {}), warning('bad-index', { track: { ...track, forecastFrom: 4 } })]);
    expect(message.reports.map((r) => r.id)).toEqual(['good']);
    expect(message.reports[0]?.shape?.track?.forecastFrom).toBe(2);
    expect(message.rejections.map((r) => r.detail)).toEqual([
      'shape.zone.coordinates.0: a ring must end where it starts',
      'shape.track.coordinates: Too big: expected array to have <=500 items',
      'shape: must have a track or a zone',
      'shape.track.forecastFrom: forecastFrom must index a position of the track',
    ]);
    const accident = check([warning('acc', { zone: cone }, 'traffic/accidents')], 'traffic/accidents');
    expect(accident.rejections.map((r) => r.detail)).toEqual(['shape: reports of traffic/accidents carry no shape']);
  });

  it('checks indicator figures against the indicator catalogue: known code, its unit', () => {
    const figure = (metric: string, unit: string) => ({ metric, area: 'VN', unit, value: 7.1, ...provenance, source: 'Cục Thống kê' });
    const result = checkFeedMessage(
      { channel: 'indicators/kt-xh', seq: 1, sentAt: '2026-11-22T02:05:00+07:00', observations: [figure('kt-xh.gdp-growth', '%'), figure('kt-xh.gdp-growth', 'VND bn'), figure('kt-xh.happiness', '%')] },
      context,
    );
    if (!result.ok) throw new Error('envelope must pass');
    expect(result.message.observations).toHaveLength(1);
    expect(result.message.rejections.map((r) => r.reason)).toEqual(['unit-mismatch', 'unknown-metric']);
  });

  it('looks names up without the prototype chain: "constructor" is an unknown metric and report kind', () => {
    const figure = (metric: string) => ({ metric, area: 'VN', unit: 'persons', value: 1, ...provenance, source: 'Ủy ban An toàn giao thông Quốc gia' });
    const report = { id: 'r-1', kind: 'constructor', area: 'VN', title: 'x', text: 'x', occurredAt: '2026-11-22T01:00:00+07:00', ...provenance };
    const result = checkFeedMessage(
      { channel: 'traffic/accidents', seq: 1, sentAt: '2026-11-22T02:05:00+07:00', observations: [figure('constructor'), figure('tostring'), figure('__proto__')], reports: [report] },
      context,
    );
    if (!result.ok) throw new Error('envelope must pass');
    expect(result.message.rejections.map((r) => r.reason)).toEqual(['unknown-metric', 'unknown-metric', 'malformed', 'unknown-metric']);
  });

  it('refuses a sequence that is not a whole number ≥ 0 as malformed', () => {
    for (const seq of [-1, 1.5]) {
      const result = checkFeedMessage({ channel: 'traffic/accidents', seq, sentAt: '2026-11-22T02:05:00+07:00' }, context);
      expect(result.ok ? null : result.rejection.reason).toBe('malformed');
    }
  });

  it('docs/protocol-channels.md is up to date (regenerate: npm run schemas)', () => {
    expect(readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'protocol-channels.md'), 'utf8')).toBe(channelsMarkdown());
  });
});
