import { lazy, Suspense } from 'react';
import { mapKind, type MapOptions } from '../../../src/layout/panel-kinds/map.js';
import { t } from '../../i18n/index.js';
import { panelKindView, type PanelProps } from '../panel-props.js';
import './map.css';

// MapLibre and deck.gl are most of the wall's code: a display without a map never loads them.
const MapPanel = lazy(() => import('./MapPanel.js').then((module) => ({ default: module.MapPanel })));

function LazyMapPanel(props: PanelProps<MapOptions>) {
  return (
    <Suspense
      fallback={
        <div className="map-panel" data-status="loading">
          <p className="map-status" role="status">
            {t(props.context.locale, 'map.loading')}
          </p>
        </div>
      }
    >
      <MapPanel {...props} />
    </Suspense>
  );
}

export const mapView = panelKindView({ definition: mapKind, Component: LazyMapPanel });
