import { describe, expect, it } from 'vitest';
import { AQI_CITIES } from '../../../src/domain/areas/index.js';
import { AqiModel, type CityAqi } from './aqi.js';
import type { DrawContext } from './draw-context.js';

const band = { key: 'good', vi: 'Tốt', en: 'Good', rgb: [0, 228, 0], textOnColour: [0, 0, 0] } as unknown as CityAqi['band'];
const context = { minTextPx: 69, locale: 'vi-VN', extensions: [] } as unknown as DrawContext;

function model(): AqiModel {
  const aqi = new AqiModel('aqi', { type: 'aqi', levelNames: true } as never);
  aqi.cities = AQI_CITIES.map((city) => ({ area: city.area, name: city.name, position: [city.location.lon, city.location.lat], aqi: 43, band, hourEnd: 0 }));
  return aqi;
}

// A projection that puts Cần Thơ 100 px from the panel's left edge and Hồ Chí Minh City 800 px in.
const project = (position: [number, number]): [number, number] => [(position[0] - 105.6) * 700 + 100, 500 - (position[1] - 10) * 100];
const boxOf = (aqi: AqiModel, area: string) => aqi.blocked(context, project)[aqi.cities.findIndex((city) => city.area === area)]!;

describe('AQI labels', () => {
  it('move to the other side of their disc when the usual side runs off the panel', () => {
    const aqi = model();
    const panel = { width: 1900, height: 1000 };
    // Cần Thơ's label goes to the left of its disc as a rule: that is off the panel here.
    expect(boxOf(aqi, 'VN34-92').left).toBeLessThan(0);
    aqi.place(context, project, panel, []);
    expect(boxOf(aqi, 'VN34-92').left).toBeGreaterThanOrEqual(0);
  });

  it('keep clear of the legend where the other side is clear', () => {
    const aqi = model();
    const panel = { width: 1900, height: 1000 };
    const hcm = boxOf(aqi, 'VN34-79');
    const legend = { left: hcm.left + 100, top: 0, right: panel.width, bottom: panel.height };
    aqi.place(context, project, panel, [legend]);
    expect(boxOf(aqi, 'VN34-79').right).toBeLessThanOrEqual(legend.left);
  });
});
