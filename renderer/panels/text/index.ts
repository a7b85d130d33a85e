import { textKind } from '../../../src/layout/panel-kinds/text.js';
import { panelKindView } from '../panel-props.js';
import { TextPanel } from './TextPanel.js';
import './text.css';

export const textView = panelKindView({ definition: textKind, Component: TextPanel, tone: (options) => options.tone });
