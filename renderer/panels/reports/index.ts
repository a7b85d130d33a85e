import { reportsKind } from '../../../src/layout/panel-kinds/reports.js';
import { panelKindView } from '../panel-props.js';
import { ReportsPanel } from './ReportsPanel.js';
import './reports.css';

export const reportsView = panelKindView({ definition: reportsKind, Component: ReportsPanel });
