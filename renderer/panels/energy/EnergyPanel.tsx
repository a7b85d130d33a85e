import { useMemo } from 'react';
import type { EnergyOptions } from '../../../src/layout/panel-kinds/energy.js';
import { CHANNELS } from '../../../src/protocol/feed/channels.js';
import { Chart, chartBase, SERIES_COLOURS, useChartSizes, type ChartOption, type ChartSizes } from '../../charts/index.js';
import { fill, languageOf, type Locale } from '../../i18n/index.js';
import { wordsFor, type Words } from '../../i18n/words.js';
import { formatNumber, periodLabel, unitLabel } from '../data-format.js';
import { useChannelData } from '../feed-hooks.js';
import { ChangeText, FigureTable, type FigureRow } from '../FigureTable.js';
import { FreshnessBadge } from '../FreshnessBadge.js';
import type { PanelProps } from '../panel-props.js';
import { energyDay, TOTALS, type EnergyDay } from './model.js';

const CHANNEL = 'energy/electricity';
const SPEC = CHANNELS.get(CHANNEL)!;

const WORDS: Words<'day' | 'change' | 'mix'> = {
  vi: { day: 'Trong ngày', change: 'So với ngày trước', mix: 'Cơ cấu nguồn điện {day}, theo sản lượng' },
  en: { day: 'On the day', change: 'Against the day before', mix: 'Source mix on {day}, by output' },
};

function mixOption(mix: EnergyDay['mix'], sizes: ChartSizes, locale: Locale): ChartOption {
  const base = chartBase(sizes);
  const language = languageOf(locale);
  const rows = [...mix].reverse();
  return {
    ...base,
    grid: { left: 0, right: sizes.textPx * 6.5, top: 0, bottom: 0, containLabel: true },
    xAxis: { type: 'value', show: false },
    yAxis: { type: 'category', data: rows.map(([metric]) => SPEC.metrics[metric]?.[language] ?? metric), axisLine: { show: false }, axisTick: { show: false }, axisLabel: { ...base.axisLabel, color: '#b3c1d4' } },
    series: [
      {
        type: 'bar',
        data: rows.map(([, value]) => value),
        barWidth: '55%',
        itemStyle: { color: SERIES_COLOURS[0] },
        label: { show: true, position: 'right', color: '#f1f5fb', fontSize: sizes.textPx, fontWeight: 700, formatter: ({ dataIndex }: { dataIndex: number }) => `${formatNumber(rows[dataIndex]![2], 0, locale)}%` },
        silent: true,
      },
    ],
  };
}

/** EVN's day: output, peak load and revenue against the day before; the source mix as bars with their shares. */
export function EnergyPanel({ options, context }: PanelProps<EnergyOptions>) {
  const data = useChannelData(CHANNEL);
  const view = useMemo(() => energyDay(data), [data]);
  const sizes = useChartSizes(context.minTextHeightVh);
  const { locale, timeZone } = context;
  const words = wordsFor(WORDS, locale);
  const language = languageOf(locale);
  const option = useMemo(() => mixOption(view.mix, sizes, locale), [view.mix, sizes, locale]);
  const rows: FigureRow[] = TOTALS.map((metric) => {
    const { latest, previous } = view.totals[metric];
    const unit = unitLabel(SPEC.metrics[metric]!.unit, locale);
    const change = latest && previous && previous.value !== 0 ? ((latest.value - previous.value) / previous.value) * 100 : null;
    return {
      key: metric,
      label: SPEC.metrics[metric]![language],
      cells: [latest ? `${formatNumber(latest.value, 0, locale)} ${unit}` : '–', change === null ? '–' : <ChangeText change={change} text={`${formatNumber(Math.abs(change), 1, locale)}%`} worse={null} />],
    };
  });
  const dayLabel = view.provenance ? periodLabel(view.provenance.period, locale, timeZone) : '';
  return (
    <div className="data-panel energy">
      <FigureTable head={[dayLabel, words.day, words.change]} rows={rows} />
      {options.mix && view.mix.length > 0 && (
        <div className="data-panel-chart">
          <Chart option={option} label={fill(words.mix, { day: dayLabel })} />
        </div>
      )}
      <FreshnessBadge channel={CHANNEL} provenance={view.provenance} locale={locale} timeZone={timeZone} hidePeriod />
    </div>
  );
}
