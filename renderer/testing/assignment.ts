import type { DisplayAssignment } from '../../src/protocol/wall/index.js';

/** A small, valid assignment: one display, a 2 × 2 grid, a clock and a text panel. */
export function testAssignment(overrides: Partial<DisplayAssignment> = {}): DisplayAssignment {
  return {
    room: { id: 'test-room', name: 'Phòng thử' },
    layout: { id: 'test-layout', name: 'Bố cục thử', version: 'v1', locale: 'vi-VN', timeZone: 'Asia/Ho_Chi_Minh' },
    wall: { id: 'main', name: 'Tường chính' },
    display: {
      id: 'main-1',
      name: 'Màn hình 1',
      grid: { columns: 2, rows: 2, gapVh: 0.8 },
      panels: [
        { id: 'clock-1', kind: 'clock', cell: { column: 1, row: 1, columnSpan: 2, rowSpan: 1 }, options: { showSeconds: true, showDate: true, periods: ['month'] } },
        { id: 'note-1', kind: 'text', title: 'Ghi chú', cell: { column: 1, row: 2, columnSpan: 1, rowSpan: 1 }, options: { text: 'Xin chào', size: 'large', align: 'start', tone: 'neutral' } },
      ],
    },
    minTextHeightVh: 2.5,
    smallPrintHeightVh: 2.5,
    ...overrides,
  };
}
