import { kpiKind } from '../../../src/layout/panel-kinds/kpi.js';
import { panelKindView } from '../panel-props.js';
import { kpiTitle } from './format.js';
import { KpiPanel } from './KpiPanel.js';
import './kpi.css';

export const kpiView = panelKindView({ definition: kpiKind, Component: KpiPanel, title: kpiTitle });
