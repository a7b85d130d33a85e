import { useMemo } from 'react';
import { isTrading } from '../../../src/domain/markets/session.js';
import type { MarketsOptions } from '../../../src/layout/panel-kinds/markets.js';
import { Chart, useChartSizes } from '../../charts/index.js';
import { fill } from '../../i18n/index.js';
import { wordsFor } from '../../i18n/words.js';
import { useWall } from '../../state/wall/wall-store.js';
import { formatDate, formatNumber } from '../data-format.js';
import { useChannelData } from '../feed-hooks.js';
import { FreshnessBadge } from '../FreshnessBadge.js';
import type { PanelProps } from '../panel-props.js';
import { intradayOption } from './chart.js';
import { marketView } from './model.js';
import { WORDS } from './words.js';

const CHANNEL = 'finance/markets';
const MINUTE = 60_000;

/**
 * An exchange index: its level, the change against the previous close (arrow, points, %), the session by
 * the exchange's hours (a closed market is said to be closed — its last figures are current, not late),
 * the intraday line and the turnover.
 */
export function MarketsPanel({ options, context }: PanelProps<MarketsOptions>) {
  const data = useChannelData(CHANNEL);
  // The session changes by the minute: read the page's clock at that grain, not every second.
  const minute = useWall((state) => Math.floor(state.tickAt / MINUTE));
  const view = useMemo(() => marketView(data, options.index, minute * MINUTE), [data, options.index, minute]);
  const sizes = useChartSizes(context.minTextHeightVh);
  const { locale, timeZone } = context;
  const words = wordsFor(WORDS, locale);
  const option = useMemo(() => (options.chart === 'line' && view.dayOpen !== null && view.intraday.length > 1 ? intradayOption(view, sizes, locale, timeZone) : null), [options.chart, view, sizes, locale, timeZone]);
  const direction = view.change === null ? null : view.change > 0 ? 'up' : view.change < 0 ? 'down' : 'same';
  const trading = view.session !== 'no-trade' && isTrading(view.session);
  return (
    <div className="data-panel mk" data-session={view.session}>
      <div className="mk-head">
        <p className="mk-figure">
          <span className="mk-value" data-value={view.last?.value}>
            {view.last ? formatNumber(view.last.value, 2, locale) : '–'}
          </span>
          {direction && view.change !== null && (
            <span className="mk-change" data-direction={direction}>
              {direction === 'up' ? '▲' : direction === 'down' ? '▼' : '■'} {view.change > 0 ? '+' : ''}
              {formatNumber(view.change, 2, locale)} ({view.changePct !== null && view.changePct > 0 ? '+' : ''}
              {formatNumber(view.changePct ?? 0, 2, locale)}%)
            </span>
          )}
        </p>
        <p className="mk-session" data-trading={trading ? 'true' : 'false'}>
          <span className="mk-session-dot" aria-hidden="true" />
          {words[view.session]}
        </p>
      </div>
      {view.previousClose && <p className="mk-versus">{fill(words.versus, { date: formatDate(Date.parse(`${view.previousClose.period.start.slice(0, 10)}T12:00:00+07:00`), timeZone) })}</p>}
      {option && view.dayOpen !== null && (
        <div className="data-panel-chart mk-chart">
          <Chart option={option} label={fill(words.chart, { index: words[options.index], date: formatDate(view.dayOpen, timeZone, true) })} />
        </div>
      )}
      {view.turnover && <p className="mk-turnover">{fill(words.turnover, { value: formatNumber(view.turnover.value, 0, locale) })}</p>}
      <FreshnessBadge channel={CHANNEL} provenance={view.last} locale={locale} timeZone={timeZone} />
    </div>
  );
}
