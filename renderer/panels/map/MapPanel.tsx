import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { MapOptions } from '../../../src/layout/panel-kinds/map.js';
import { t } from '../../i18n/index.js';
import type { Rect } from '../../map/label-placement.js';
import { MapController } from '../../map/map-controller.js';
import { LOADING_MODEL, type MapPanelModel } from '../../map/panel-model.js';
import { useWallStore } from '../../state/wall/wall-store.js';
import type { PanelProps } from '../panel-props.js';
import { FocusCard } from './FocusCard.js';
import { MapLegend } from './MapLegend.js';
import { MapTable } from './MapTable.js';

/**
 * The map of Viet Nam (docs/map.md). The map itself is drawn by a MapController outside React (MapLibre +
 * deck.gl, fed from the store at most once per frame); React draws what surrounds it from the controller's
 * model — the legend, the focus card, a text alternative — which changes only when what they show changes.
 * The controller is made once per panel: options come with the layout version, which remounts the panel.
 */
export function MapPanel({ options, context }: PanelProps<MapOptions>) {
  const store = useWallStore();
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLDivElement>(null);
  const legend = useRef<HTMLDivElement>(null);
  const focusCard = useRef<HTMLDivElement>(null);
  const controller = useRef<MapController | null>(null);
  const [model, setModel] = useState<MapPanelModel>(LOADING_MODEL);

  useEffect(() => {
    const container = canvas.current!;
    const rectOf = (element: HTMLElement | null): Rect | null => {
      if (!element) return null;
      const outer = container.getBoundingClientRect();
      const inner = element.getBoundingClientRect();
      return { left: inner.left - outer.left, top: inner.top - outer.top, right: inner.right - outer.left, bottom: inner.bottom - outer.top };
    };
    const created = new MapController({
      container,
      store,
      options,
      panelId: container.closest<HTMLElement>('[data-panel-id]')?.dataset.panelId ?? 'map',
      locale: context.locale,
      minTextHeightVh: context.minTextHeightVh,
      layoutVersion: context.layoutVersion,
      reserved: () => ({ legend: rectOf(legend.current), focusCard: rectOf(focusCard.current) }),
      onModel: setModel,
    });
    controller.current = created;
    created.start();
    return () => {
      controller.current = null;
      created.destroy();
    };
    // Options and context come with the layout version: a change remounts the panel.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The legend or the focus card came, went or changed size: the labels make room for them.
  const showLegend = options.legend && model.status === 'ready';
  const showFocus = model.focus !== null && carriesFocusCard(options);
  useLayoutEffect(() => {
    const observer = new ResizeObserver(() => controller.current?.reservedChanged());
    for (const element of [legend.current, focusCard.current]) if (element) observer.observe(element);
    controller.current?.reservedChanged();
    return () => observer.disconnect();
  }, [showLegend, showFocus]);

  return (
    <div className="map-panel" ref={box} data-status={model.status} data-area-set={model.set}>
      <div className="map-canvas" ref={canvas} />
      {model.status !== 'ready' && (
        <p className="map-status" role="status" data-status={model.status}>
          {model.status === 'failed' ? t(context.locale, 'map.loadFailed', { problem: model.problem ?? '' }) : t(context.locale, 'map.loading')}
        </p>
      )}
      {showLegend && <MapLegend ref={legend} model={model} options={options} context={context} />}
      {showFocus && <FocusCard ref={focusCard} focus={model.focus!} context={context} side={options.legendAt === 'top-right' ? 'left' : 'right'} />}
      <MapTable model={model} context={context} />
    </div>
  );
}

/** One focus card per map: in a mosaic, on the tile in the top row's last column. */
function carriesFocusCard(options: MapOptions): boolean {
  const mosaic = options.mosaic;
  return !mosaic || (mosaic.row === 1 && mosaic.column === mosaic.columns);
}
