import { describe, expect, it } from 'vitest';
import { mapLayerSchema, type WarningAreasLayerOptions } from '../../../src/layout/panel-kinds/map.js';
import { ChannelState } from '../../state/wall/feed-data.js';
import { report } from '../../testing/feed.js';
import { WarningAreasModel } from './warning-areas.js';

const cone = { type: 'Polygon' as const, coordinates: [[[112, 15], [110, 16.5], [108.5, 16], [110, 14.5], [112, 15]] as [number, number][]] };
const track = { type: 'LineString' as const, coordinates: [[115, 14], [113, 15], [111, 15.6], [109, 16]] as [number, number][], forecastFrom: 2 };

function warnings(shape: unknown) {
  const state = new ChannelState('disaster/warnings', 'run-1', 1, 1_000);
  state.upsertReport(report({ id: 'storm-5', kind: 'storm', area: 'VN', severity: 'severe', shape } as never));
  state.upsertReport(report({ id: 'plain', kind: 'heat', area: 'VN34-01' }));
  return { 'disaster/warnings': state.commit()! };
}

const options = (extra: Record<string, unknown> = {}) => mapLayerSchema.parse({ type: 'warning-areas', channels: ['disaster/warnings'], ...extra }) as WarningAreasLayerOptions;

describe('warning areas', () => {
  it('draws the track solid where the storm has been and dashed from its last position on, and the cone', () => {
    const model = new WarningAreasModel('w', options());
    expect(model.update({ channels: warnings({ track, zone: cone }), now: 0 })).toBe(true);
    expect(model.tracks.map((t) => [t.forecast, t.path])).toEqual([
      [false, [[115, 14], [113, 15]]],
      [true, [[113, 15], [111, 15.6], [109, 16]]],
    ]);
    expect(model.zones).toHaveLength(1);
    expect(model.zones[0]).toMatchObject({ severity: 'severe', forecast: true });
  });

  it('without the forecast, keeps only where the storm has been: no dashed part, no cone', () => {
    const model = new WarningAreasModel('w', options({ forecast: false }));
    model.update({ channels: warnings({ track, zone: cone }), now: 0 });
    expect(model.tracks.map((t) => t.forecast)).toEqual([false]);
    expect(model.zones).toEqual([]);
  });

  it('reads the reports again only when they change', () => {
    const model = new WarningAreasModel('w', options());
    const channels = warnings({ zone: cone });
    expect(model.update({ channels, now: 0 })).toBe(true);
    expect(model.update({ channels, now: 1 })).toBe(false);
  });
});
