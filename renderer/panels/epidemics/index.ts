import { epidemicsKind } from '../../../src/layout/panel-kinds/epidemics.js';
import { panelKindView } from '../panel-props.js';
import { EpidemicsPanel } from './EpidemicsPanel.js';

export const epidemicsView = panelKindView({
  definition: epidemicsKind,
  Component: EpidemicsPanel,
  title: (options, locale) => (options.view === 'covid' ? (locale === 'vi-VN' ? 'Tình hình Covid-19' : 'Covid-19') : locale === 'vi-VN' ? 'Dịch bệnh khác (theo tuần)' : 'Other epidemics (weekly)'),
});
