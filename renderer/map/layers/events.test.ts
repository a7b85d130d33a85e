import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapLayerSchema, type EventsLayerOptions } from '../../../src/layout/panel-kinds/map.js';
import type { HeldReport } from '../../../src/protocol/wall/index.js';
import { ChannelState } from '../../state/wall/feed-data.js';
import { report } from '../../testing/feed.js';
import { ageOpacity } from '../event-style.js';
import { indexSet, type AreaSetGeodata, type Geodata } from '../geodata.js';
import { EventsModel } from './events.js';

const geo = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../../assets/geo', `${name}.geojson`), 'utf8'));
const geodata: Geodata = { sets: { units34: indexSet(geo('units34') as AreaSetGeodata['collection']), units63: indexSet(geo('units63') as AreaSetGeodata['collection']) }, neighbours: geo('neighbours') };
const NOW = Date.parse('2026-11-22T08:00:00+07:00');

function accidents(reports: HeldReport[]) {
  const state = new ChannelState('traffic/accidents', 'run-1', 1, 1_000);
  for (const item of reports) state.upsertReport(item);
  return { 'traffic/accidents': state.commit()! };
}

const options = (extra: Record<string, unknown> = {}) => mapLayerSchema.parse({ type: 'events', channels: ['traffic/accidents'], ...extra }) as EventsLayerOptions;

describe('events on the map', () => {
  it('places located events where they happened and the others at their province, approximately', () => {
    const model = new EventsModel('e', options(), geodata);
    model.update({
      channels: accidents([
        report({ id: 'located', severity: 'severe', location: { lat: 21.1, lon: 105.7 } }),
        report({ id: 'unlocated', area: 'VN34-48', severity: 'moderate' }),
        report({ id: 'national', area: 'VN', severity: 'moderate' }),
      ]),
      now: NOW,
    });
    expect(model.events.map((e) => [e.id, e.approximate, e.category])).toEqual([
      ['located', false, 'accident'],
      ['unlocated', true, 'accident'],
    ]);
    expect(model.events[0]!.position).toEqual([105.7, 21.1]);
    expect(model.events[1]!.position).toEqual(geodata.sets.units34.byCode.get('VN34-48')!.properties.label);
  });

  it('leaves out events too old, too mild or of other kinds, and pulses only new severe ones', () => {
    const model = new EventsModel('e', options({ maxAgeHours: 12, minSeverity: 'moderate', kinds: ['serious-accident'], pulseMinutes: 30 }), geodata);
    const at = (minutesAgo: number) => new Date(NOW - minutesAgo * 60_000).toISOString();
    model.update({
      channels: accidents([
        report({ id: 'new-severe', severity: 'severe', occurredAt: at(5) }),
        report({ id: 'old-severe', severity: 'severe', occurredAt: at(60) }),
        report({ id: 'too-old', severity: 'extreme', occurredAt: at(13 * 60) }),
        report({ id: 'mild', severity: 'minor', occurredAt: at(5) }),
        report({ id: 'jam', kind: 'congestion', severity: 'moderate', occurredAt: at(5) }),
      ]),
      now: NOW,
    });
    expect(model.events.map((e) => e.id)).toEqual(['old-severe', 'new-severe']);
    expect(model.pulsing(NOW).map((e) => e.id)).toEqual(['new-severe']);
  });

  it('fades with age, and recomputes only when reports change or a minute passes', () => {
    expect(ageOpacity(0, 1000)).toBe(1);
    expect(ageOpacity(1000, 1000)).toBeCloseTo(0.35);
    expect(ageOpacity(5000, 1000)).toBeCloseTo(0.35);
    const model = new EventsModel('e', options(), geodata);
    const channels = accidents([report()]);
    expect(model.update({ channels, now: NOW })).toBe(true);
    expect(model.update({ channels, now: NOW + 1_000 })).toBe(false);
    expect(model.update({ channels, now: NOW + 60_000 })).toBe(true);
  });
});
