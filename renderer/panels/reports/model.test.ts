import { describe, expect, it } from 'vitest';
import { reportsOptions } from '../../../src/layout/panel-kinds/reports.js';
import type { HeldReport } from '../../../src/protocol/wall/index.js';
import { channelWith } from '../../testing/wall-data.js';
import { report } from '../../testing/feed.js';
import { isHubMedia, shownReports } from './model.js';

const channel = (name: string, reports: HeldReport[]) => channelWith(name, [], reports);

describe('reports options', () => {
  it('defaults to accidents, incidents and warnings; refuses a kind its channels do not have, naming the known ones', () => {
    expect(reportsOptions.parse({}).channels).toEqual(['traffic/accidents', 'disaster/daily', 'disaster/warnings']);
    const wrong = reportsOptions.safeParse({ channels: ['traffic/accidents'], kinds: ['serious-accident', 'storm'] });
    expect(wrong.error?.issues[0]).toMatchObject({ path: ['kinds', 1] });
    expect(wrong.error?.issues[0]?.message).toBe('"storm" is not a report kind of traffic/accidents (kinds: serious-accident, congestion, hot-issue)');
    expect(reportsOptions.safeParse({ channels: ['finance/markets'] }).error?.issues[0]?.message).toContain('must be a channel with reports');
  });
});

describe('shownReports', () => {
  const accidents = channel('traffic/accidents', [
    report({ id: 'a1', kind: 'serious-accident', severity: 'severe', occurredAt: '2026-11-30T06:00:00+07:00' }),
    report({ id: 'a2', kind: 'congestion', severity: 'moderate', occurredAt: '2026-11-30T01:30:00Z' }),
    report({ id: 'a3', kind: 'hot-issue', occurredAt: '2026-11-29T12:00:00+07:00' }),
  ]);
  const warnings = channel('disaster/warnings', [report({ id: 'w1', kind: 'storm', severity: 'extreme', occurredAt: '2026-11-30T07:00:00+07:00' })]);

  it('puts the newest first across channels, by the instant (offsets differ)', () => {
    expect(shownReports([accidents, warnings], ['traffic/accidents', 'disaster/warnings'], { minSeverity: 'info' }).map((s) => s.report.id)).toEqual(['a2', 'w1', 'a1', 'a3']);
  });

  it('keeps only the kinds and severities asked for', () => {
    expect(shownReports([accidents, warnings], ['traffic/accidents', 'disaster/warnings'], { minSeverity: 'severe' }).map((s) => s.report.id)).toEqual(['w1', 'a1']);
    expect(shownReports([accidents, null], ['traffic/accidents', 'disaster/warnings'], { kinds: ['hot-issue'], minSeverity: 'info' }).map((s) => s.report.id)).toEqual(['a3']);
  });

  it('loads pictures only from the hub’s own media', () => {
    expect(isHubMedia(`/media/${'a'.repeat(64)}.png`)).toBe(true);
    expect(isHubMedia('https://example.com/a.png')).toBe(false);
    expect(isHubMedia('//evil.example/media/x.png')).toBe(false);
    expect(isHubMedia('data:image/png;base64,AAAA')).toBe(false);
  });
});
