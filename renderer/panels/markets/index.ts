import { marketsKind } from '../../../src/layout/panel-kinds/markets.js';
import { panelKindView } from '../panel-props.js';
import { MarketsPanel } from './MarketsPanel.js';
import './markets.css';

export const marketsView = panelKindView({ definition: marketsKind, Component: MarketsPanel, title: (options) => (options.index === 'vnindex' ? 'VN-Index (HOSE)' : 'HNX-Index (HNX)') });
