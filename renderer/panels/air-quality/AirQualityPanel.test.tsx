// @vitest-environment happy-dom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { airQualityOptions } from '../../../src/layout/panel-kinds/air-quality.js';
import { createWallStore, WallStoreProvider } from '../../state/wall/wall-store.js';
import { hourlyFigures, link } from '../../testing/feed.js';
import { createDataFeeder } from '../../testing/wall-data.js';
import { AirQualityPanel } from './AirQualityPanel.js';

afterEach(cleanup);

const context = { locale: 'vi-VN' as const, timeZone: 'Asia/Ho_Chi_Minh', minTextHeightVh: 6.4, layoutVersion: 'v1' };
const NOW = '2026-11-30T10:00:00+07:00';

describe('air-quality panel', () => {
  it('shows each city with its AQI on the band colour, the level, the dominant pollutant and the daily AQI; a city past Kém is marked in words', () => {
    const store = createWallStore();
    const feed = createDataFeeder(store);
    store.getState().linkReceived(link({ 'environment/aqi': new Date(Date.parse(NOW)).toISOString() }), Date.parse(NOW));
    const view = render(
      <WallStoreProvider store={store}>
        <AirQualityPanel options={airQualityOptions.parse({})} context={context} />
      </WallStoreProvider>,
    );
    expect(view.container.querySelectorAll('.aq-city')).toHaveLength(5);
    expect(view.container.querySelector('.aq-none')?.textContent).toBe('Chưa đủ số liệu');
    act(() => feed('environment/aqi', [...hourlyFigures('conc.pm25', 'VN34-01', Array(36).fill(120), NOW), ...hourlyFigures('conc.pm25', 'VN34-79', Array(36).fill(30), NOW)]));
    const hanoi = view.container.querySelector<HTMLElement>('[data-area="VN34-01"]')!;
    expect(hanoi.dataset.alert).toBe('true');
    expect(hanoi.querySelector('.aq-alert')?.textContent).toBe('Vượt mức Kém');
    expect(hanoi.querySelector('.aq-chip')?.textContent).toBe('179Xấu');
    expect(hanoi.querySelector<HTMLElement>('.aq-chip')?.style.background).toMatch(/#ff0000|rgb\(255, 0, 0\)/);
    expect(hanoi.querySelector('.aq-dominant')?.textContent).toBe('PM2.5');
    const saigon = view.container.querySelector<HTMLElement>('[data-area="VN34-79"]')!;
    expect(saigon.dataset.alert).toBeUndefined();
    expect(saigon.querySelector('.aq-chip')?.textContent).toBe('60Trung bình');
    expect(view.container.querySelector('thead')?.textContent).toContain('Hôm qua');
    expect(view.container.querySelector('.freshness-source')?.textContent).toBe('Bộ Nông nghiệp và Môi trường');
    expect(view.container.querySelector('.freshness-period')?.textContent).toMatch(/^09:00–10:00 30\/11\/2026$/);
  });
});
