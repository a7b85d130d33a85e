import type { JsonDocument } from '../document/json-document.js';
import type { Problem } from '../document/problem.js';
import { displayTextHeights, legibleText } from './legibility.js';
import type { PanelKindDefinition } from './panel-kinds/define.js';
import type { Cell, DisplayLayout, Layout } from './schema.js';

/** Line height of wall text (wall.css), and what a panel's frame takes: padding, the badge's rule. */
const LINE_HEIGHT = 1.3;
const PANEL_FRAME_VH = 3;
/** A display's width over its height when its wall states no resolution. */
const DEFAULT_ASPECT = 16 / 9;

/**
 * Warnings (the layout is valid, but will not read well): a panel whose least content cannot fit its cell
 * at the display's minimum text heights — too many panels on a display for the distance it is read from —
 * and a hand-set minimum text height below what the wall's viewing rule asks (the rule wins).
 */
export function textFitWarnings(document: JsonDocument, layout: Layout, kinds: ReadonlyMap<string, PanelKindDefinition>): Problem[] {
  const warnings: Problem[] = [];
  const raisedLayoutMinimum = new Set<string>();
  layout.walls.forEach((wall, w) => {
    const rule = wall.viewing ? legibleText(wall.viewing) : null;
    const why = wall.viewing ? ` (${wall.viewing.monitor.diagonalIn}-inch monitors read from ${wall.viewing.farthestM} m)` : '';
    const aspect = wall.viewing ? wall.viewing.monitor.resolution.width / wall.viewing.monitor.resolution.height : DEFAULT_ASPECT;
    wall.displays.forEach((display, d) => {
      const set = display.minTextHeightVh ?? layout.minTextHeightVh;
      if (rule && set < rule.minTextHeightVh && (display.minTextHeightVh !== undefined || !raisedLayoutMinimum.has(wall.id))) {
        const own = display.minTextHeightVh !== undefined;
        if (!own) raisedLayoutMinimum.add(wall.id);
        warnings.push(
          document.problemAt(
            own ? ['walls', w, 'displays', d, 'minTextHeightVh'] : ['minTextHeightVh'],
            `${set} % is below the ${rule.minTextHeightVh} % that wall "${wall.id}" needs${why}; ${own ? `display "${display.id}"` : 'its displays'} use ${rule.minTextHeightVh} %`,
          ),
        );
      }
      const heights = displayTextHeights(layout, wall, display);
      display.panels.forEach((panel, p) => {
        const kind = kinds.get(panel.kind);
        if (!kind?.textNeeds) return;
        const { widthVh, heightVh } = cellSize(display, panel.cell, aspect);
        const needs = kind.textNeeds(panel.options as never, { widthEm: widthVh / heights.minTextHeightVh, heightEm: heightVh / heights.minTextHeightVh });
        // Every panel has its title bar.
        const lines = needs.lines + 1;
        const needed = (lines * heights.minTextHeightVh + needs.smallPrintLines * heights.smallPrintHeightVh) * LINE_HEIGHT + PANEL_FRAME_VH;
        if (needed <= heightVh) return;
        const small = needs.smallPrintLines > 0 ? ` and ${needs.smallPrintLines} of small print at ${heights.smallPrintHeightVh} %` : '';
        warnings.push(
          document.problemAt(
            ['walls', w, 'displays', d, 'panels', p, 'cell'],
            `panel "${panel.id}" on display "${display.id}" needs about ${Math.ceil(needed)} % of the display's height (${lines} lines at ${heights.minTextHeightVh} %${small}${why}); its cell is ${Math.floor(heightVh)} % high: give it more rows, or put fewer panels on this display`,
          ),
        );
      });
    });
  });
  return warnings;
}

/** A cell's size in % of the display's height (the grid's gaps and outer margin taken off). */
export function cellSize(display: Pick<DisplayLayout, 'grid'>, cell: Cell, aspect: number): { widthVh: number; heightVh: number } {
  const { columns, rows, gapVh } = display.grid;
  const track = (total: number, count: number, span: number) => ((total - gapVh * (count + 1)) / count) * span + gapVh * (span - 1);
  return { widthVh: track(aspect * 100, columns, cell.columnSpan), heightVh: track(100, rows, cell.rowSpan) };
}
