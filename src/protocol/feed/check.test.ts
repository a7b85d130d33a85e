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
