// @vitest-environment happy-dom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createWallStore, WallStoreProvider } from '../state/wall/wall-store.js';
import { figure, link } from '../testing/feed.js';
import { FreshnessBadge } from './FreshnessBadge.js';

afterEach(cleanup);

const CHANNEL = 'traffic/accidents';
const CONFIRMED = Date.parse('2026-11-22T07:31:00+07:00');

function mount(locale: 'vi-VN' | 'en-GB' = 'vi-VN', withFigure = true) {
  const store = createWallStore();
  store.getState().linkReceived(link({ [CHANNEL]: new Date(CONFIRMED).toISOString() }), CONFIRMED);
  const view = render(
    <WallStoreProvider store={store}>
      <FreshnessBadge channel={CHANNEL} provenance={withFigure ? figure() : null} locale={locale} timeZone="Asia/Ho_Chi_Minh" />
    </WallStoreProvider>,
  );
  const badge = () => view.container.querySelector<HTMLElement>('[data-freshness]')!;
  return { store, badge };
}

describe('the freshness badge', () => {
  it('shows the period, the agency, the cut-off, reported and received times; quiet while fresh', () => {
    const { badge } = mount();
    expect(badge().dataset.freshness).toBe('fresh');
    expect(badge().querySelector('.freshness-period')?.textContent).toBe('Ngày 21/11/2026');
    expect(badge().querySelector('.freshness-source')?.textContent).toBe('Ủy ban An toàn giao thông Quốc gia');
    expect([...badge().querySelectorAll('.freshness-times > span')].map((span) => span.textContent)).toEqual(['Chốt số liệu 24:00 21/11/2026', 'Báo cáo 07:30 22/11', 'Nhận 07:30 22/11']);
    expect(badge().querySelector('.freshness-state')?.textContent).toBe('Trực tuyến');
    expect(badge().querySelector('[role="status"]')).toBeNull();
  });

  it('turns late (a word and a triangle), then stale ("Dữ liệu cũ" and since when) as time passes', () => {
    const { store, badge } = mount();
    act(() => store.getState().tick(CONFIRMED + 90_000));
    expect(badge().dataset.freshness).toBe('late');
    expect(badge().querySelector('.freshness-state')?.textContent).toBe('Chậm cập nhậttừ 07:32 22/11');
    expect(badge().querySelector('.freshness-state[data-tone="warning"] .tone-icon')).not.toBeNull();
    act(() => store.getState().tick(CONFIRMED + 600_000));
    expect(badge().dataset.freshness).toBe('stale');
    expect(badge().querySelector('.freshness-chip')?.textContent).toBe('Dữ liệu cũ');
    expect(badge().querySelector('.freshness-since')?.textContent).toBe('từ 07:33 22/11');
    expect(badge().querySelector('[role="status"]')).not.toBeNull();
  });

  it('is stale at once when the hub reports its upstream link down', () => {
    const { store, badge } = mount('en-GB');
    act(() => void store.getState().linkReceived(link({ [CHANNEL]: new Date(CONFIRMED).toISOString() }, { state: 'down', since: '2026-11-22T00:31:30.000Z' }), CONFIRMED + 1_000));
    expect(badge().dataset.freshness).toBe('stale');
    expect(badge().querySelector('.freshness-state')?.textContent).toBe('Stalesince 07:31 22/11');
    expect(badge().querySelector('.freshness-times')?.textContent).toContain('Cut-off 24:00 21/11/2026');
  });

  it('before any figure, names the channel’s usual source and still says how current the channel is', () => {
    const { badge } = mount('vi-VN', false);
    expect(badge().querySelector('.freshness-period')).toBeNull();
    expect(badge().querySelector('.freshness-source')?.textContent).toBe('Ủy ban An toàn giao thông Quốc gia');
    expect(badge().dataset.freshness).toBe('fresh');
  });

  it('with nothing shown and the feed gone, says there is no feed rather than "stale"', () => {
    const { store, badge } = mount('vi-VN', false);
    act(() => void store.getState().linkReceived(link({ [CHANNEL]: null }, { state: 'not-configured', since: '2026-11-22T00:00:00.000Z' }), CONFIRMED));
    expect(badge().dataset.freshness).toBe('stale');
    expect(badge().querySelector('.freshness-chip')?.textContent).toBe('Không có nguồn');
  });
});
