import { clockKind } from '../../../src/layout/panel-kinds/clock.js';
import { panelKindView } from '../panel-props.js';
import { ClockPanel } from './ClockPanel.js';
import './clock.css';

export const clockView = panelKindView({ definition: clockKind, Component: ClockPanel });
