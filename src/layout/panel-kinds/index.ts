import { airQualityKind } from './air-quality.js';
import { clockKind } from './clock.js';
import { trafficAccidentsKind } from './traffic-accidents.js';
import type { PanelKindDefinition } from './define.js';
import { videoKind } from './video.js';
import { reportsKind } from './reports.js';
import { disasterKind } from './disaster.js';
import { epidemicsKind } from './epidemics.js';
import { weatherKind } from './weather.js';
import { financeKind } from './finance.js';
import { energyKind } from './energy.js';
import { timeseriesKind } from './timeseries.js';
import { indicatorBoardKind } from './indicator-board.js';
import { marketsKind } from './markets.js';
import { kpiKind } from './kpi.js';
import { mapKind } from './map.js';
import { textKind } from './text.js';

/** Every panel kind a layout may use. Adding a kind: define it here, add its component in renderer/panels. */
export const panelKinds: ReadonlyMap<string, PanelKindDefinition> = new Map(
  [clockKind, textKind, kpiKind, mapKind, airQualityKind, trafficAccidentsKind, marketsKind, indicatorBoardKind, timeseriesKind, energyKind, financeKind, weatherKind, epidemicsKind, disasterKind, reportsKind, videoKind].map((definition) => [definition.kind, definition as unknown as PanelKindDefinition]),
);

export type { PanelKindDefinition } from './define.js';
export { clockKind, type ClockOptions } from './clock.js';
export { textKind, type TextOptions } from './text.js';
export { kpiKind, type KpiOptions } from './kpi.js';
export { mapKind, type MapOptions } from './map.js';
export { airQualityKind, type AirQualityOptions } from './air-quality.js';
