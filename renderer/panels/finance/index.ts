import { financeKind } from '../../../src/layout/panel-kinds/finance.js';
import { panelKindView } from '../panel-props.js';
import { FinancePanel } from './FinancePanel.js';

export const financeView = panelKindView({
  definition: financeKind,
  Component: FinancePanel,
  title: (options, locale) => {
    const vi = locale === 'vi-VN';
    if (options.view === 'ratings') return vi ? 'Xếp hạng tín nhiệm quốc gia' : 'Sovereign credit ratings';
    if (options.view === 'budget') return vi ? 'Thu, chi ngân sách nhà nước' : 'State budget';
    return vi ? 'Nợ công' : 'Public debt';
  },
});
