import { energyKind } from '../../../src/layout/panel-kinds/energy.js';
import { panelKindView } from '../panel-props.js';
import { EnergyPanel } from './EnergyPanel.js';

export const energyView = panelKindView({ definition: energyKind, Component: EnergyPanel });
