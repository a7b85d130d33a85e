// @vitest-environment happy-dom
import { act, cleanup, render } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { kpiOptions } from '../../../src/layout/panel-kinds/kpi.js';
import { createWallStore, WallStoreProvider } from '../../state/wall/wall-store.js';
import { dayFigure, link } from '../../testing/feed.js';
import { createDataFeeder } from '../../testing/wall-data.js';
import { PanelHost } from '../PanelHost.js';
import { KpiPanel } from './KpiPanel.js';

afterEach(cleanup);

const ACC = 'traffic/accidents';
const context = { locale: 'vi-VN' as const, timeZone: 'Asia/Ho_Chi_Minh', minTextHeightVh: 2, layoutVersion: 'v1' };
const CONFIRMED = Date.parse('2026-11-22T07:31:00+07:00');
const deathsOptions = kpiOptions.parse({ channel: ACC, metric: 'deaths', area: 'VN', better: 'down' });
const injuredOptions = kpiOptions.parse({ channel: ACC, metric: 'injured', area: 'VN', better: 'down' });

function setup() {
  const store = createWallStore();
  const feed = createDataFeeder(store);
  store.getState().linkReceived(link({ [ACC]: new Date(CONFIRMED).toISOString() }), CONFIRMED);
  const renders = { deaths: 0, injured: 0 };
  const view = render(
    <WallStoreProvider store={store}>
      <Profiler id="deaths" onRender={() => renders.deaths++}>
        <div data-testid="deaths">
          <KpiPanel options={deathsOptions} context={context} />
        </div>
      </Profiler>
      <Profiler id="injured" onRender={() => renders.injured++}>
        <div data-testid="injured">
          <KpiPanel options={injuredOptions} context={context} />
        </div>
      </Profiler>
    </WallStoreProvider>,
  );
  const panel = (id: 'deaths' | 'injured') => view.getByTestId(id);
  return { store, feed, renders, panel };
}

describe('kpi panel', () => {
  it('waits calmly before any figure: a line that says so, and the channel’s source — never blank', () => {
    const { panel } = setup();
    expect(panel('deaths').querySelector('[data-kpi-value]')).toBeNull();
    expect(panel('deaths').querySelector('.kpi-waiting')?.textContent).toBe('Đang chờ số liệu…');
    expect(panel('deaths').querySelector('.kpi')?.getAttribute('data-state')).toBe('waiting');
    expect(panel('deaths').querySelector('[data-freshness]')?.textContent).toContain('Ủy ban An toàn giao thông Quốc gia');
  });

  it('shows the latest value large in vi-VN format, with its unit, the change against the previous period and its provenance', () => {
    const { feed, panel } = setup();
    act(() => feed(ACC, [dayFigure('2026-11-20', 1_200), dayFigure('2026-11-21', 1_234)]));
    const deaths = panel('deaths');
    expect(deaths.querySelector('[data-kpi-value]')?.textContent).toBe('1.234');
    expect(deaths.querySelector('.kpi-unit')?.textContent).toBe('người');
    const change = deaths.querySelector<HTMLElement>('.kpi-change')!;
    expect(change.textContent).toBe('▲tăng 34 (+2,8%)so với 20/11/2026');
    expect(change.dataset).toMatchObject({ direction: 'up', judgement: 'bad' });
    expect(deaths.querySelector('.freshness-period')?.textContent).toBe('Ngày 21/11/2026');
    expect(deaths.querySelector('[data-freshness]')?.getAttribute('data-freshness')).toBe('fresh');
    expect(deaths.querySelector('.kpi-status')?.textContent).toBe('Sơ bộ');
    expect(panel('injured').querySelector('.kpi-waiting')).not.toBeNull();
  });

  it('marks a revised figure with its revision, and a final one not at all', () => {
    const { feed, panel } = setup();
    act(() => feed(ACC, [dayFigure('2026-11-21', 21)]));
    act(() => feed(ACC, [dayFigure('2026-11-21', 23, { status: 'revised', revision: 1 })]));
    expect(panel('deaths').querySelector('[data-kpi-value]')?.textContent).toBe('23');
    expect(panel('deaths').querySelector('.kpi-status')).toMatchObject({ textContent: 'Điều chỉnh lần 1' });
    expect(panel('deaths').querySelector('.kpi-status')?.getAttribute('data-status')).toBe('revised');
    act(() => feed(ACC, [dayFigure('2026-11-21', 23, { status: 'final', revision: 2 })]));
    expect(panel('deaths').querySelector('.kpi-status')).toBeNull();
  });

  it('keeps the last value when the data goes stale, and says so', () => {
    const { store, feed, panel } = setup();
    act(() => feed(ACC, [dayFigure('2026-11-21', 21)]));
    act(() => void store.getState().linkReceived(link({ [ACC]: new Date(CONFIRMED).toISOString() }, { state: 'down', since: new Date(CONFIRMED + 5_000).toISOString() }), CONFIRMED + 6_000));
    expect(panel('deaths').querySelector('[data-kpi-value]')?.textContent).toBe('21');
    expect(panel('deaths').querySelector('.kpi')?.getAttribute('data-state')).toBe('stale');
    expect(panel('deaths').querySelector('[data-freshness]')?.getAttribute('data-freshness')).toBe('stale');
    expect(panel('deaths').querySelector('.freshness-chip')?.textContent).toBe('Dữ liệu cũ');
  });

  it('re-renders only when its own series or its channel’s freshness state changes', () => {
    const { store, feed, renders } = setup();
    act(() => feed(ACC, [dayFigure('2026-11-21', 21), dayFigure('2026-11-21', 40, { metric: 'injured' })]));
    const before = { ...renders };
    // A new figure for deaths only.
    act(() => feed(ACC, [dayFigure('2026-11-22', 25)]));
    expect(renders.deaths).toBe(before.deaths + 1);
    expect(renders.injured).toBe(before.injured);
    // Another channel changes, heartbeats confirm the channel, the clock ticks: nothing to show, no render.
    act(() => feed('finance/markets', [dayFigure('2026-11-21', 1_280, { metric: 'vnindex.close', unit: 'points' })]));
    act(() => void store.getState().linkReceived(link({ [ACC]: new Date(CONFIRMED + 2_000).toISOString() }), CONFIRMED + 2_000));
    act(() => store.getState().tick(CONFIRMED + 3_000));
    expect(renders.deaths).toBe(before.deaths + 1);
    expect(renders.injured).toBe(before.injured);
    // The channel goes late: both show it, once.
    act(() => store.getState().tick(CONFIRMED + 2_000 + 61_000));
    act(() => store.getState().tick(CONFIRMED + 2_000 + 62_000));
    expect(renders.deaths).toBe(before.deaths + 2);
    expect(renders.injured).toBe(before.injured + 1);
  });

  it('is registered: on the grid its frame is titled with the metric and the area', () => {
    const store = createWallStore();
    const { container } = render(
      <WallStoreProvider store={store}>
        <PanelHost
          panel={{ id: 'traffic-deaths', kind: 'kpi', cell: { column: 1, row: 1, columnSpan: 1, rowSpan: 1 }, options: { channel: ACC, metric: 'deaths', area: 'VN', better: 'down' } }}
          context={context}
          onError={() => {}}
        />
      </WallStoreProvider>,
    );
    expect(container.querySelector('[data-panel-kind="kpi"] .panel-title-text')?.textContent).toBe('Số người chết · Toàn quốc');
    expect(container.querySelector('.kpi-waiting')).not.toBeNull();
  });
});
