import { describe, expect, it } from 'vitest';
import { NAMED_VIEWS } from '../../src/layout/panel-kinds/map.js';
import { fitCamera, mercatorX, mercatorY } from './view-fit.js';

/** Where a lon/lat lands in a panel of the given size under a camera (pixels from the top left). */
function project([lon, lat]: [number, number], camera: { center: [number, number]; zoom: number }, width: number, height: number): [number, number] {
  const scale = 512 * 2 ** camera.zoom;
  return [(mercatorX(lon) - mercatorX(camera.center[0])) * scale + width / 2, (mercatorY(lat) - mercatorY(camera.center[1])) * scale + height / 2];
}

describe('fitting a view', () => {
  it('shows the whole country, archipelagos included, touching the panel on the limiting side', () => {
    const [west, south, east, north] = NAMED_VIEWS.country;
    const camera = fitCamera({ bounds: NAMED_VIEWS.country, width: 1000, height: 1000 });
    const [left, top] = project([west, north], camera, 1000, 1000);
    const [right, bottom] = project([east, south], camera, 1000, 1000);
    // Taller than wide: the height limits.
    expect(top).toBeCloseTo(0, 3);
    expect(bottom).toBeCloseTo(1000, 3);
    expect(left).toBeGreaterThan(0);
    expect(right).toBeLessThan(1000);
    expect((left + right) / 2).toBeCloseTo(500, 3);
  });

  it('keeps the padding free', () => {
    const padding = { top: 10, right: 300, bottom: 10, left: 0 };
    const camera = fitCamera({ bounds: NAMED_VIEWS.mainland, width: 1200, height: 800, padding });
    const [, south, , north] = NAMED_VIEWS.mainland;
    const [, top] = project([NAMED_VIEWS.mainland[0], north], camera, 1200, 800);
    const [, bottom] = project([NAMED_VIEWS.mainland[2], south], camera, 1200, 800);
    expect(top).toBeCloseTo(10, 3);
    expect(bottom).toBeCloseTo(790, 3);
    const [left] = project([NAMED_VIEWS.mainland[0], north], camera, 1200, 800);
    const [right] = project([NAMED_VIEWS.mainland[2], south], camera, 1200, 800);
    expect((left + right) / 2).toBeCloseTo((1200 - 300) / 2, 3);
  });

  it('tiles of a mosaic meet exactly: the bottom edge of the upper tile is the top edge of the lower', () => {
    const bounds = NAMED_VIEWS.country;
    const mosaic = { columns: 1, rows: 2 };
    const upper = fitCamera({ bounds, width: 1920, height: 1080, mosaic: { ...mosaic, column: 1, row: 1 } });
    const lower = fitCamera({ bounds, width: 1920, height: 1080, mosaic: { ...mosaic, column: 1, row: 2 } });
    expect(upper.zoom).toBeCloseTo(lower.zoom, 10);
    // A point on the seam: bottom row of the upper tile, top row of the lower one.
    const seam: [number, number] = [107, 16];
    const [, yUpper] = project(seam, upper, 1920, 1080);
    const [, yLower] = project(seam, lower, 1920, 1080);
    expect(yUpper - yLower).toBeCloseTo(1080, 3);
    // The whole country spans both tiles: the top on the upper, the bottom on the lower.
    expect(project([bounds[0], bounds[3]], upper, 1920, 1080)[1]).toBeCloseTo(0, 3);
    expect(project([bounds[2], bounds[1]], lower, 1920, 1080)[1]).toBeCloseTo(1080, 3);
  });

  it('does not zoom past the limit on tiny bounds', () => {
    expect(fitCamera({ bounds: [105.8, 21.0, 105.8001, 21.0001], width: 800, height: 600 }).zoom).toBe(12);
  });
});
