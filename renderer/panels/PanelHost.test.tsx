// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { definePanelKind } from '../../src/layout/panel-kinds/define.js';
import type { PanelPlacement } from '../../src/layout/schema.js';
import { panelKindView, type PanelKindView } from './panel-props.js';
import { PanelHost } from './PanelHost.js';
import { panelRegistry } from './registry.js';

const context = { locale: 'vi-VN' as const, timeZone: 'Asia/Ho_Chi_Minh', minTextHeightVh: 2, layoutVersion: 'v1' };
const cell = (column: number) => ({ column, row: 1, columnSpan: 1, rowSpan: 1 });

function Boom(): never {
  throw new Error('dữ liệu hỏng');
}
const boomView = panelKindView({
  definition: definePanelKind({ kind: 'boom', title: { vi: 'Bảng lỗi', en: 'Broken' }, optionsVersion: 1, options: z.strictObject({}), migrations: {}, channels: () => [] }),
  Component: Boom,
});
const registry: ReadonlyMap<string, PanelKindView> = new Map([...panelRegistry, ['boom', boomView]]);

beforeEach(() => {
  // React reports caught render errors on the console; the test asserts on them through onError instead.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function grid(panels: PanelPlacement[], onError = vi.fn()) {
  const view = render(
    <main>
      {panels.map((panel) => (
        <PanelHost key={panel.id} panel={panel} context={context} onError={onError} registry={registry} />
      ))}
    </main>,
  );
  const panel = (id: string) => view.container.querySelector<HTMLElement>(`[data-panel-id="${id}"]`)!;
  return { ...view, panel, onError };
}

describe('panel host', () => {
  it('places each panel by its cell and labels it with its kind', () => {
    const { panel } = grid([{ id: 'note', kind: 'text', title: 'Ghi chú', cell: { column: 2, row: 1, columnSpan: 2, rowSpan: 3 }, options: { text: 'A' } }]);
    expect(panel('note').dataset.panelKind).toBe('text');
    expect(panel('note').style.gridColumn).toBe('2 / span 2');
    expect(panel('note').style.gridRow).toBe('1 / span 3');
    expect(panel('note').querySelector('h2')?.textContent).toBe('Ghi chú');
  });

  it('titles an untitled panel with its kind, in the layout language', () => {
    const { panel } = grid([{ id: 'c', kind: 'clock', cell: cell(1), options: {} }]);
    expect(panel('c').querySelector('h2')?.textContent).toBe('Đồng hồ và kỳ báo cáo');
  });

  it('keeps a throwing panel to itself: its neighbours render, it shows an error card and reports', () => {
    const { panel, onError } = grid([
      { id: 'left', kind: 'text', cell: cell(1), options: { text: 'Hàng xóm vẫn hiển thị' } },
      { id: 'bad', kind: 'boom', title: 'Bảng hỏng', cell: cell(2), options: {} },
      { id: 'right', kind: 'text', cell: cell(3), options: { text: 'Bên phải cũng vậy' } },
    ]);
    expect(panel('left').textContent).toContain('Hàng xóm vẫn hiển thị');
    expect(panel('right').textContent).toContain('Bên phải cũng vậy');
    expect(panel('bad').querySelector('h2')?.textContent).toBe('Bảng hỏng');
    expect(panel('bad').textContent).toContain('Lỗi bảng · boom');
    expect(panel('bad').textContent).toContain('dữ liệu hỏng');
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ id: 'bad', kind: 'boom' });
    expect((onError.mock.calls[0]?.[1] as Error).message).toBe('dữ liệu hỏng');
  });

  it('shows a clear card for a kind this renderer does not know, without crashing', () => {
    const { panel, onError } = grid([
      { id: 'map', kind: 'map-3d', cell: cell(1), options: { zoom: 5 } },
      { id: 'ok', kind: 'text', cell: cell(2), options: { text: 'Vẫn ổn' } },
    ]);
    expect(panel('map').dataset.panelKind).toBe('map-3d');
    expect(panel('map').textContent).toContain('Loại bảng chưa được hỗ trợ: “map-3d”');
    expect(panel('map').textContent).toContain('cần cập nhật OpsWall');
    expect(panel('ok').textContent).toContain('Vẫn ổn');
    expect(onError).not.toHaveBeenCalled();
  });

  it('checks options with the kind schema and says what is wrong', () => {
    const { panel } = grid([
      { id: 'empty', kind: 'text', cell: cell(1), options: {} },
      { id: 'future', kind: 'text', cell: cell(2), optionsVersion: 9, options: { text: 'x' } },
    ]);
    expect(panel('empty').textContent).toContain('Tùy chọn của bảng không hợp lệ');
    expect(panel('empty').textContent).toContain('text:');
    expect(panel('future').textContent).toContain('newer than this panel kind understands');
  });

  it('marks a toned panel with a word and a shape, not colour alone', () => {
    const { panel } = grid([{ id: 'w', kind: 'text', title: 'Lưu ý', cell: cell(1), options: { text: 'Cẩn thận', tone: 'warning' } }]);
    expect(panel('w').dataset.tone).toBe('warning');
    const label = panel('w').querySelector('.panel-tone')!;
    expect(label.textContent).toBe('Cảnh báo');
    expect(label.querySelector('svg')).not.toBeNull();
    expect(screen.getByText('Cẩn thận')).toBeTruthy();
  });
});

describe('panel host, when a kind itself is faulty', () => {
  it('contains a throwing options migration to its own panel', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const faulty = panelKindView({
      definition: definePanelKind({
        kind: 'old',
        title: { vi: 'Cũ', en: 'Old' },
        optionsVersion: 2,
        options: z.strictObject({}),
        migrations: {
          1: () => {
            throw new Error('migration blew up');
          },
        },
        channels: () => [],
      }),
      Component: () => null,
    });
    const onError = vi.fn();
    const view = render(
      <main>
        <PanelHost panel={{ id: 'a', kind: 'old', optionsVersion: 1, cell: cell(1), options: {} }} context={context} onError={onError} registry={new Map([['old', faulty]])} />
        <PanelHost panel={{ id: 'b', kind: 'text', cell: cell(2), options: { text: 'Vẫn chạy' } }} context={context} onError={onError} />
      </main>,
    );
    expect(view.container.querySelector('[data-panel-id="a"]')?.textContent).toContain('migration blew up');
    expect(view.container.querySelector('[data-panel-id="a"] h2')?.textContent).toBe('Cũ');
    expect(view.container.querySelector('[data-panel-id="b"]')?.textContent).toContain('Vẫn chạy');
    expect(onError).toHaveBeenCalledTimes(1);
  });
});
