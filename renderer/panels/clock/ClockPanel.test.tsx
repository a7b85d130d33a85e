// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clockOptions } from '../../../src/layout/panel-kinds/clock.js';
import { ClockPanel } from './ClockPanel.js';

const context = { locale: 'vi-VN' as const, timeZone: 'Asia/Ho_Chi_Minh', minTextHeightVh: 2, layoutVersion: 'v1' };

beforeEach(() => {
  vi.useFakeTimers();
  // 14:05:09.400 in Hà Nội on Sunday 22 November 2026.
  vi.setSystemTime(new Date(Date.UTC(2026, 10, 22, 7, 5, 9, 400)));
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('clock panel', () => {
  it('shows the time, the date and each reporting period with its cut-off', () => {
    const { container } = render(<ClockPanel options={clockOptions.parse({ periods: ['month', 'quarter'] })} context={context} />);
    expect(container.querySelector('time')?.textContent).toBe('14:05:09');
    expect(screen.getByText('UTC+7')).toBeTruthy();
    expect(screen.getByText('Chủ nhật, 22/11/2026')).toBeTruthy();
    const periods = [...container.querySelectorAll('.clock-period')].map((item) => item.textContent);
    expect(periods).toEqual(['Tháng 12/2026còn 22 ngàyChốt số liệu: 14/12/2026', 'Quý IV/2026còn 22 ngàyChốt số liệu: 14/12/2026']);
    expect(container.querySelector('.clock-period')?.getAttribute('aria-label')).toBe('Tháng 12/2026: Chốt số liệu: 14/12/2026 · còn 22 ngày');
  });

  it('ticks on the turn of each second', () => {
    const { container } = render(<ClockPanel options={clockOptions.parse({})} context={context} />);
    const time = () => container.querySelector('time')?.textContent;
    act(() => void vi.advanceTimersByTime(550));
    expect(time()).toBe('14:05:09');
    act(() => void vi.advanceTimersByTime(60)); // 14:05:10.010: just past the turn
    expect(time()).toBe('14:05:10');
    act(() => void vi.advanceTimersByTime(50_000));
    expect(time()).toBe('14:06:00');
  });

  it('uses its own time zone when given, and hides seconds and date on request', () => {
    const { container } = render(<ClockPanel options={clockOptions.parse({ timeZone: 'Europe/London', showSeconds: false, showDate: false, periods: [] })} context={context} />);
    expect(container.querySelector('time')?.textContent).toBe('07:05');
    expect(container.querySelector('.clock-date')).toBeNull();
    expect(container.querySelector('.clock-periods')).toBeNull();
    expect(screen.getByText('UTC')).toBeTruthy();
  });

  it('turns the date and the periods over at midnight in its time zone', () => {
    vi.setSystemTime(new Date(Date.UTC(2026, 11, 14, 16, 59, 59, 500))); // 23:59:59.5 on 14 Dec in Hà Nội
    const { container } = render(<ClockPanel options={clockOptions.parse({ periods: ['month'] })} context={context} />);
    expect(screen.getByText('Thứ hai, 14/12/2026')).toBeTruthy();
    expect(container.querySelector('.clock-period-left')?.textContent).toBe('hôm nay chốt số liệu');
    act(() => void vi.advanceTimersByTime(600));
    expect(container.querySelector('time')?.textContent).toBe('00:00:00');
    expect(screen.getByText('Thứ ba, 15/12/2026')).toBeTruthy();
    expect(container.querySelector('.clock-period-label')?.textContent).toBe('Tháng 1/2027');
  });

  it('leaves no timer running once unmounted', () => {
    const { unmount } = render(<ClockPanel options={clockOptions.parse({})} context={context} />);
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
