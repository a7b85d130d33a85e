import { useCallback, useMemo, type CSSProperties } from 'react';
import type { PanelPlacement } from '../../src/layout/schema.js';
import type { DisplayAssignment } from '../../src/protocol/wall/index.js';
import { PanelHost } from '../panels/PanelHost.js';
import type { PanelContext } from '../panels/panel-props.js';
import { useWall } from '../state/wall/wall-store.js';

/** The display's grid, filling the viewport exactly, with each panel placed by its cell. */
export function DisplayGrid({ assignment }: { assignment: DisplayAssignment }) {
  const reportError = useWall((state) => state.reportError);
  const { display, layout } = assignment;
  const context = useMemo<PanelContext>(
    () => ({ locale: layout.locale, timeZone: layout.timeZone, minTextHeightVh: assignment.minTextHeightVh, layoutVersion: layout.version }),
    [layout.locale, layout.timeZone, assignment.minTextHeightVh, layout.version],
  );
  const onError = useCallback((panel: PanelPlacement, error: Error) => reportError(`panel ${panel.id} (${panel.kind})`, error, Date.now()), [reportError]);
  const style = {
    gridTemplateColumns: `repeat(${display.grid.columns}, minmax(0, 1fr))`,
    gridTemplateRows: `repeat(${display.grid.rows}, minmax(0, 1fr))`,
    '--gap': `${display.grid.gapVh}vh`,
  } as CSSProperties;
  return (
    <main className="display-grid" style={style}>
      {display.panels.map((panel) => (
        // A new layout version remounts the panels, so a panel that failed under the old one gets a fresh start.
        <PanelHost key={`${layout.version}:${panel.id}`} panel={panel} context={context} onError={onError} />
      ))}
    </main>
  );
}
