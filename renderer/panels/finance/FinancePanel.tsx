import { useMemo } from 'react';
import type { FinanceOptions } from '../../../src/layout/panel-kinds/finance.js';
import { fill, type Locale } from '../../i18n/index.js';
import { wordsFor } from '../../i18n/words.js';
import type { ChannelData } from '../../state/wall/feed-data.js';
import { formatDate, formatNumber, periodLabel } from '../data-format.js';
import { useChannelData } from '../feed-hooks.js';
import { FigureTable, type FigureRow } from '../FigureTable.js';
import { FreshnessBadge } from '../FreshnessBadge.js';
import type { PanelProps } from '../panel-props.js';
import { budget, debt, ratings } from './model.js';
import { OUTLOOK_EN, WORDS } from './words.js';

const CHANNEL = { ratings: 'finance/ratings', budget: 'finance/budget', debt: 'finance/public-debt' } as const;

/** Public finance: the sovereign ratings and OBI, the budget against its estimate, or public debt against its ceilings. */
export function FinancePanel({ options, context }: PanelProps<FinanceOptions>) {
  const channel = CHANNEL[options.view];
  const data = useChannelData(channel);
  const { locale, timeZone } = context;
  const view = useMemo(() => {
    if (options.view === 'ratings') return ratingsTable(data, locale, timeZone);
    if (options.view === 'budget') return budgetTable(data, locale, timeZone);
    return debtTable(data, locale, timeZone);
  }, [options.view, data, locale, timeZone]);
  return (
    <div className="data-panel finance" data-view={options.view}>
      <FigureTable head={view.head} rows={view.rows} numeric={view.numeric} />
      <FreshnessBadge channel={channel} provenance={view.provenance} locale={locale} timeZone={timeZone} hidePeriod={options.view !== 'budget'} />
    </div>
  );
}

interface Table {
  head: string[];
  rows: FigureRow[];
  numeric?: boolean[];
  provenance: Parameters<typeof FreshnessBadge>[0]['provenance'];
}

function ratingsTable(data: ChannelData | null, locale: Locale, timeZone: string): Table {
  const words = wordsFor(WORDS, locale);
  const view = ratings(data);
  const rows: FigureRow[] = view.rows.map((row) => ({
    key: row.agency,
    label: row.agency,
    cells: [row.rating ?? '–', row.outlook ? (locale === 'vi-VN' ? row.outlook : (OUTLOOK_EN[row.outlook] ?? row.outlook)) : '–', row.at ? formatDate(Date.parse(row.at), timeZone, true) : '–'],
  }));
  if (view.obi) rows.push({ key: 'obi', label: words.obi, cells: [fill(words.obiValue, { value: formatNumber(view.obi.value, 0, locale) }), '', periodLabel(view.obi.period, locale, timeZone)] });
  return { head: ['', words.rating, words.outlook, words.date], rows, numeric: [false, false, true], provenance: view.provenance };
}

function budgetTable(data: ChannelData | null, locale: Locale, timeZone: string): Table {
  const words = wordsFor(WORDS, locale);
  const view = budget(data);
  const money = (value: number | undefined) => (value === undefined ? '–' : formatNumber(value, 0, locale));
  const pct = (value: number | undefined) => (value === undefined ? '–' : `${formatNumber(value, 1, locale)}%`);
  const rows: FigureRow[] = [
    { key: 'revenue', label: words.revenue, cells: [money(view.revenue?.value), pct(view.revenuePct?.value)] },
    { key: 'expenditure', label: words.expenditure, cells: [money(view.expenditure?.value), pct(view.expenditurePct?.value)] },
    { key: 'balance', label: words.balance, cells: [money(view.balance?.value), ''] },
  ];
  const month = view.period ? periodLabel(view.period.period, locale, timeZone) : '';
  return { head: [locale === 'vi-VN' ? 'Tỷ đồng' : 'VND bn', month || words.month, words.toDate], rows, provenance: view.period };
}

function debtTable(data: ChannelData | null, locale: Locale, timeZone: string): Table {
  const words = wordsFor(WORDS, locale);
  const view = debt(data);
  const names = { 'public-debt.pct-gdp': words.public, 'government-debt.pct-gdp': words.government, 'foreign-debt.pct-gdp': words.foreign } as Record<string, string>;
  const rows: FigureRow[] = view.rows.map((row) => ({
    key: row.metric,
    label: names[row.metric] ?? row.metric,
    cells: [row.figure ? `${formatNumber(row.figure.value, 1, locale)}%` : '–', `${formatNumber(row.ceiling, 0, locale)}%`],
    ...(row.state === 'normal' ? {} : { tone: row.state, toneWord: row.state === 'critical' ? words.over : words.near }),
  }));
  const year = view.provenance ? periodLabel(view.provenance.period, locale, timeZone) : '';
  return { head: [year, words.debtShare, words.ceiling], rows, provenance: view.provenance };
}
