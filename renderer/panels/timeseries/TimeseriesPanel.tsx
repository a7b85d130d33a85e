import { useMemo } from 'react';
import { areaByCode } from '../../../src/domain/areas/index.js';
import { seriesSpec, type TimeseriesOptions } from '../../../src/layout/panel-kinds/timeseries.js';
import { CHANNELS, metricSpec } from '../../../src/protocol/feed/channels.js';
import { Chart, SERIES_COLOURS, useChartSizes } from '../../charts/index.js';
import { fill, languageOf, type Locale } from '../../i18n/index.js';
import { wordsFor } from '../../i18n/words.js';
import { unitLabel } from '../data-format.js';
import { useChannelsData } from '../feed-hooks.js';
import { FreshnessBadge } from '../FreshnessBadge.js';
import type { PanelProps } from '../panel-props.js';
import { newestOf } from '../series-lookup.js';
import { DASHES, timeseriesOption } from './chart.js';
import { shownSeries } from './model.js';
import { WORDS } from './words.js';

/** A series' name in the legend: the layout's label, else the catalogue's name, with the area when not the country. */
function seriesName(option: TimeseriesOptions['series'][number], locale: Locale): string {
  if (option.label) return option.label;
  const spec = seriesSpec(option);
  const channel = CHANNELS.get(spec.channel);
  const metric = channel ? metricSpec(channel, spec.metric) : undefined;
  const name = metric ? metric[languageOf(locale)] : spec.metric;
  return spec.area === 'VN' ? name : `${name} · ${areaByCode(spec.area)?.name ?? spec.area}`;
}

/** Several series over time on one axis of time (back to 2010 as far as held), a value axis per unit, revisions marked. */
export function TimeseriesPanel({ options, context }: PanelProps<TimeseriesOptions>) {
  const channels = useMemo(() => [...new Set(options.series.map((s) => seriesSpec(s).channel))], [options.series]);
  const held = useChannelsData(channels);
  const sizes = useChartSizes(context.minTextHeightVh);
  const { locale, timeZone } = context;
  const words = wordsFor(WORDS, locale);
  const series = useMemo(() => shownSeries(options, (channel) => held[channels.indexOf(channel)] ?? null), [options, held, channels]);
  const option = useMemo(() => timeseriesOption(series, sizes, locale, timeZone), [series, sizes, locale, timeZone]);
  const names = options.series.map((s) => seriesName(s, locale));
  const newest = newestOf(series.map((s) => s.points.at(-1)?.figure));
  const anyRevised = series.some((s) => s.points.some((p) => p.revised));
  const hasPoints = series.some((s) => s.points.length > 0);
  return (
    <div className="data-panel ts">
      <ul className="ts-legend">
        {series.map((s, index) => (
          <li key={s.key} data-axis={s.axis === 0 ? 'left' : 'right'}>
            <svg className="ts-swatch" viewBox="0 0 40 10" aria-hidden="true">
              <line x1="0" y1="5" x2="40" y2="5" stroke={SERIES_COLOURS[index]} strokeWidth="4" strokeDasharray={DASHES[index] === 'dashed' ? '10 6' : DASHES[index] === 'dotted' ? '3 5' : DASHES[index] === 'solid' ? undefined : '12 6 2 6'} />
            </svg>
            {names[index]}
            {s.unit && <span className="ts-unit"> ({unitLabel(s.unit, locale) || s.unit})</span>}
          </li>
        ))}
      </ul>
      <div className="data-panel-chart ts-chart">{hasPoints ? <Chart option={option} label={fill(words.chart, { names: names.join('; ') })} /> : <p className="data-panel-none">{words.none}</p>}</div>
      {anyRevised && <p className="ts-revised">{words.revised}</p>}
      <FreshnessBadge channel={channels[0]!} provenance={newest} locale={locale} timeZone={timeZone} />
    </div>
  );
}
