import { timeseriesKind } from '../../../src/layout/panel-kinds/timeseries.js';
import { panelKindView } from '../panel-props.js';
import { TimeseriesPanel } from './TimeseriesPanel.js';
import './timeseries.css';

export const timeseriesView = panelKindView({ definition: timeseriesKind, Component: TimeseriesPanel });
