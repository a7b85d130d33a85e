import type { CSSProperties } from 'react';
import type { LibraryEntry } from '../../../src/protocol/control/library.js';

type DisplayOutline = LibraryEntry['walls'][number]['displays'][number];

/**
 * A display's layout drawn small: its grid, each panel placed by its cell with its title and kind. The
 * console's miniature of a display in a browser, and the library's preview of a layout.
 */
export function LayoutOutline({ display, label, spotlight }: { display: DisplayOutline; label?: string; spotlight?: string | null }) {
  const panels = spotlight ? display.panels.filter((panel) => panel.id === spotlight).map((panel) => ({ ...panel, cell: { column: 1, row: 1, columnSpan: 1, rowSpan: 1 } })) : display.panels;
  const grid = spotlight ? { columns: 1, rows: 1 } : display.grid;
  const style: CSSProperties = { gridTemplateColumns: `repeat(${grid.columns}, minmax(0, 1fr))`, gridTemplateRows: `repeat(${grid.rows}, minmax(0, 1fr))` };
  return (
    <figure className="outline" aria-label={label}>
      <div className="outline-grid" style={style}>
        {panels.map((panel) => (
          <div
            key={panel.id}
            className="outline-panel"
            data-kind={panel.kind}
            style={{ gridColumn: `${panel.cell.column} / span ${panel.cell.columnSpan}`, gridRow: `${panel.cell.row} / span ${panel.cell.rowSpan}` }}
            title={`${panel.title ?? panel.id} (${panel.kind})`}
          >
            <span className="outline-title">{panel.title ?? panel.id}</span>
            <span className="outline-kind">{panel.kind}</span>
          </div>
        ))}
      </div>
      {label && <figcaption className="outline-label">{label}</figcaption>}
    </figure>
  );
}

/** A display's outline in a layout of the library, wherever in its walls it is. */
export function displayOutline(entry: LibraryEntry | undefined, displayId: string): DisplayOutline | undefined {
  return entry?.walls.flatMap((wall) => wall.displays).find((display) => display.id === displayId);
}
