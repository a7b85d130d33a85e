import type { HeldObservation, HeldReport } from '../../../src/protocol/wall/index.js';
import type { ChannelData } from '../../state/wall/feed-data.js';
import { latestOf, newestOf } from '../series-lookup.js';

export const AGENCIES = [
  { key: 'moodys', name: "Moody's" },
  { key: 'sp', name: 'S&P' },
  { key: 'fitch', name: 'Fitch' },
] as const;

export interface RatingRow {
  agency: string;
  /** The agency's letter rating ("Ba2", "BB+"), its outlook as reported, and when it was given. */
  rating: string | null;
  outlook: string | null;
  at: string | null;
  report: HeldReport | null;
}

/** The latest rating of each agency: its "rating" report (letter, outlook) of the newest year. */
export function ratings(data: ChannelData | null): { rows: RatingRow[]; obi: HeldObservation | null; provenance: HeldObservation | HeldReport | null } {
  const rows = AGENCIES.map(({ key, name }) => {
    let newest: HeldReport | null = null;
    for (const report of data?.reports.values() ?? []) {
      if (report.kind !== 'rating' || !report.id.startsWith(`rating-${key}-`)) continue;
      if (!newest || report.occurredAt > newest.occurredAt) newest = report;
    }
    const fact = (field: string) => {
      const value = newest?.facts?.[field];
      return value === undefined ? null : String(value);
    };
    return { agency: name, rating: fact('rating'), outlook: fact('outlook'), at: newest?.occurredAt ?? null, report: newest };
  });
  const obi = latestOf(data, 'obi.score', 'VN');
  const newestReport = rows.reduce<HeldReport | null>((best, row) => (row.report && (!best || row.report.occurredAt > best.occurredAt) ? row.report : best), null);
  return { rows, obi, provenance: newestReport ?? obi };
}

export interface BudgetView {
  period: HeldObservation | null;
  revenue: HeldObservation | null;
  expenditure: HeldObservation | null;
  balance: HeldObservation | null;
  revenuePct: HeldObservation | null;
  expenditurePct: HeldObservation | null;
}

/** The latest reporting month of the state budget (TABMIS): the month's revenue, expenditure and balance, and the year to date against the estimate. */
export function budget(data: ChannelData | null): BudgetView {
  const revenue = latestOf(data, 'revenue', 'VN');
  const same = (metric: string) => {
    const figure = latestOf(data, metric, 'VN');
    return figure && revenue && figure.period.end === revenue.period.end ? figure : null;
  };
  return { period: revenue, revenue, expenditure: same('expenditure'), balance: same('balance'), revenuePct: same('revenue.pct-estimate'), expenditurePct: same('expenditure.pct-estimate') };
}

/** Ceilings for 2021–2025 (National Assembly Resolution 23/2021/QH15), % of GDP, with the warning levels below them. */
export const DEBT_LIMITS = [
  { metric: 'public-debt.pct-gdp', ceiling: 60, warning: 55 },
  { metric: 'government-debt.pct-gdp', ceiling: 50, warning: 45 },
  { metric: 'foreign-debt.pct-gdp', ceiling: 45, warning: 40 },
] as const;

export function debt(data: ChannelData | null): { rows: { metric: string; figure: HeldObservation | null; ceiling: number; state: 'normal' | 'warning' | 'critical' }[]; provenance: HeldObservation | null } {
  const rows = DEBT_LIMITS.map(({ metric, ceiling, warning }) => {
    const figure = latestOf(data, metric, 'VN');
    const state = figure === null ? 'normal' : figure.value > ceiling ? 'critical' : figure.value > warning ? 'warning' : 'normal';
    return { metric, figure, ceiling, state } as const;
  });
  return { rows, provenance: newestOf(rows.map((row) => row.figure)) };
}
