import { airQualityView } from './air-quality/index.js';
import { clockView } from './clock/index.js';
import { trafficAccidentsView } from './traffic-accidents/index.js';
import { kpiView } from './kpi/index.js';
import { mapView } from './map/index.js';
import { marketsView } from './markets/index.js';
import { indicatorBoardView } from './indicator-board/index.js';
import { timeseriesView } from './timeseries/index.js';
import { energyView } from './energy/index.js';
import { financeView } from './finance/index.js';
import { weatherView } from './weather/index.js';
import { epidemicsView } from './epidemics/index.js';
import { disasterView } from './disaster/index.js';
import { reportsView } from './reports/index.js';
import { videoView } from './video/index.js';
import type { PanelKindView } from './panel-props.js';
import { textView } from './text/index.js';

/**
 * Every panel kind this renderer can show: kind → its shared definition (options schema, migrations)
 * and its component. Adding a kind: define it in src/layout/panel-kinds, add its folder here.
 */
export const panelRegistry: ReadonlyMap<string, PanelKindView> = new Map([clockView, textView, kpiView, mapView, airQualityView, trafficAccidentsView, marketsView, indicatorBoardView, timeseriesView, energyView, financeView, weatherView, epidemicsView, disasterView, reportsView, videoView].map((view) => [view.definition.kind, view]));
