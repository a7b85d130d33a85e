import { mapKind } from '../../../src/layout/panel-kinds/map.js';
import { panelKindView } from '../panel-props.js';
import { MapPanel } from './MapPanel.js';
import './map.css';

export const mapView = panelKindView({ definition: mapKind, Component: MapPanel });
