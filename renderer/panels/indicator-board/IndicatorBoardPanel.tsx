import { useMemo } from 'react';
import { builtInCatalogue } from '../../../src/domain/indicators/index.js';
import { boardIndicators, type IndicatorBoardOptions } from '../../../src/layout/panel-kinds/indicator-board.js';
import { useChartSizes } from '../../charts/index.js';
import { wordsFor } from '../../i18n/words.js';
import { useChannelData } from '../feed-hooks.js';
import { FreshnessBadge } from '../FreshnessBadge.js';
import type { PanelProps } from '../panel-props.js';
import { newestOf } from '../series-lookup.js';
import { IndicatorTileView } from './IndicatorTile.js';
import { indicatorTile } from './model.js';
import { WORDS } from './words.js';

const CHANNEL = 'indicators/kt-xh';

/** A group of the 200 socio-economic indicators as tiles (Decision 293), in the layout's order. */
export function IndicatorBoardPanel({ options, context }: PanelProps<IndicatorBoardOptions>) {
  const data = useChannelData(CHANNEL);
  const sizes = useChartSizes(context.minTextHeightVh);
  const entries = useMemo(() => boardIndicators(options), [options]);
  const tiles = useMemo(() => entries.map((entry) => indicatorTile(data, builtInCatalogue().get(entry.code)!, options.area)), [entries, data, options.area]);
  const newest = newestOf(tiles.map((tile) => tile.latest));
  const sources = new Set(tiles.flatMap((tile) => (tile.latest ? [tile.latest.source] : [])));
  // One badge for the board: its freshness and times; its source only when every tile shares it (each tile names its own).
  const provenance = newest && sources.size > 1 ? { ...newest, source: wordsFor(WORDS, context.locale).sources } : newest;
  return (
    <div className="data-panel ib" style={{ '--ib-columns': options.columns } as React.CSSProperties}>
      <div className="ib-grid">
        {tiles.map((tile, i) => (
          <IndicatorTileView key={tile.indicator.code} tile={tile} label={entries[i]!.label} sparkline={options.sparkline} sizes={sizes} locale={context.locale} timeZone={context.timeZone} />
        ))}
      </div>
      <FreshnessBadge channel={CHANNEL} provenance={provenance} locale={context.locale} timeZone={context.timeZone} hidePeriod />
    </div>
  );
}
