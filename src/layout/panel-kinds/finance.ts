import { z } from 'zod';
import { definePanelKind } from './define.js';

export const financeOptions = z.strictObject({
  /**
   * 'ratings': the sovereign credit ratings (Moody's, S&P, Fitch: rating, outlook, date) and the Open
   * Budget Index; 'budget': revenue and expenditure of the month and the year to date against the
   * estimate, the balance; 'debt': public, government and external debt against their ceilings.
   */
  view: z.enum(['ratings', 'budget', 'debt']).default('ratings'),
});

export type FinanceOptions = z.output<typeof financeOptions>;

const ROWS = { ratings: 5, budget: 4, debt: 4 } as const;

export const financeKind = definePanelKind({
  kind: 'finance',
  title: { vi: 'Tài chính công', en: 'Public finance' },
  optionsVersion: 1,
  options: financeOptions,
  migrations: {},
  channels: (options) => (options.view === 'ratings' ? ['finance/ratings'] : options.view === 'budget' ? ['finance/budget'] : ['finance/public-debt']),
  textNeeds: (options) => ({ lines: ROWS[options.view], smallPrintLines: 3 }),
});
