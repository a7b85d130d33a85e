import { trafficAccidentsKind } from '../../../src/layout/panel-kinds/traffic-accidents.js';
import { panelKindView } from '../panel-props.js';
import { TrafficAccidentsPanel } from './TrafficAccidentsPanel.js';
import './traffic-accidents.css';

export const trafficAccidentsView = panelKindView({ definition: trafficAccidentsKind, Component: TrafficAccidentsPanel });
