import { indicatorBoardKind } from '../../../src/layout/panel-kinds/indicator-board.js';
import { panelKindView } from '../panel-props.js';
import { IndicatorBoardPanel } from './IndicatorBoardPanel.js';
import './indicator-board.css';

export const indicatorBoardView = panelKindView({ definition: indicatorBoardKind, Component: IndicatorBoardPanel });
