import { memo, useMemo } from 'react';
import { Chart, sparklineOption, type ChartSizes } from '../../charts/index.js';
import { fill, languageOf, type Locale } from '../../i18n/index.js';
import { wordsFor } from '../../i18n/words.js';
import { formatNumber, periodLabel, unitLabel } from '../data-format.js';
import { ToneIcon } from '../ToneIcon.js';
import { reportedDecimals, type IndicatorChange, type IndicatorTile as Tile } from './model.js';
import { WORDS } from './words.js';

interface Props {
  tile: Tile;
  label: string | undefined;
  sparkline: boolean;
  sizes: ChartSizes;
  locale: Locale;
  timeZone: string;
}

/** One indicator: name, value and unit, period (with a provisional/revised mark), changes, threshold state, trend, source. */
export const IndicatorTileView = memo(function IndicatorTileView({ tile, label, sparkline, sizes, locale, timeZone }: Props) {
  const words = wordsFor(WORDS, locale);
  const { indicator, latest } = tile;
  const name = label ?? indicator.name[languageOf(locale)];
  const unit = unitLabel(indicator.unit, locale);
  const decimals = latest ? reportedDecimals(latest.value) : 0;
  const trend = useMemo(() => sparklineOption(tile.history, sizes), [tile.history, sizes]);
  // Which way is worse: the catalogue's thresholds say; a rank is worse as it grows; otherwise neither.
  const worseUp = indicator.thresholds ? indicator.thresholds.worse === 'above' : indicator.unit === 'rank' ? true : null;
  // A yearly figure's previous period is the same period last year: one line says it.
  const yearly = indicator.frequency === 'year';
  return (
    <article className="ib-tile" data-state={tile.state} data-indicator={indicator.code}>
      <h3 className="ib-name" title={indicator.name[languageOf(locale)]}>
        {name}
      </h3>
      {latest ? (
        <>
          <p className="ib-figure">
            <span className="ib-value">{formatNumber(latest.value, decimals, locale)}</span>
            {unit && <span className="ib-unit">{unit}</span>}
          </p>
          <p className="ib-period">
            {periodLabel(latest.period, locale, timeZone)}
            {tile.state !== 'normal' && (
              <span className="ib-state">
                <ToneIcon tone={tile.state === 'critical' ? 'critical' : 'warning'} />
                {words[tile.state]}
              </span>
            )}
          </p>
          <ChangeLine title={words.previous} change={tile.previous} decimals={decimals} worseUp={worseUp} locale={locale} />
          {!yearly && <ChangeLine title={words.lastYear} change={tile.sameLastYear} decimals={decimals} worseUp={worseUp} locale={locale} />}
          {sparkline && tile.history.length > 1 && (
            <div className="ib-spark">
              <Chart option={trend} label={fill(words.trend, { name })} />
            </div>
          )}
        </>
      ) : (
        <p className="ib-none">{words.none}</p>
      )}
      <p className="ib-source small-print">{latest?.source ?? indicator.owner}</p>
    </article>
  );
});

/** "Kỳ trước ▲ 1,2": a rate's change in points (the unit beside the value says which), a level's in %. */
function ChangeLine({ title, change, decimals, worseUp, locale }: { title: string; change: IndicatorChange | null; decimals: number; worseUp: boolean | null; locale: Locale }) {
  const words = wordsFor(WORDS, locale);
  if (!change) return <p className="ib-change">{title} –</p>;
  if (change.difference === 0) return <p className="ib-change" data-direction="same">{`${title}: ${words.same}`}</p>;
  const direction = change.difference > 0 ? 'up' : change.difference < 0 ? 'down' : 'same';
  const judgement = worseUp === null || direction === 'same' ? 'neutral' : (direction === 'up') === worseUp ? 'bad' : 'good';
  const amount = change.percent !== null ? `${formatNumber(Math.abs(change.percent), 1, locale)}%` : formatNumber(Math.abs(change.difference), decimals, locale);
  return (
    <p className="ib-change" data-direction={direction} data-judgement={judgement}>
      {title} <span className="ib-arrow">{direction === 'up' ? '▲' : direction === 'down' ? '▼' : '='}</span> {amount}
    </p>
  );
}
