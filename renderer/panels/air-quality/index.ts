import { airQualityKind } from '../../../src/layout/panel-kinds/air-quality.js';
import { panelKindView } from '../panel-props.js';
import { AirQualityPanel } from './AirQualityPanel.js';
import './air-quality.css';

export const airQualityView = panelKindView({ definition: airQualityKind, Component: AirQualityPanel });
