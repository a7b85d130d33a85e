import { useMemo } from 'react';
import type { EpidemicsOptions } from '../../../src/layout/panel-kinds/epidemics.js';
import { CHANNELS } from '../../../src/protocol/feed/channels.js';
import { languageOf, type Locale } from '../../i18n/index.js';
import { wordsFor, type Words } from '../../i18n/words.js';
import { areaName, formatNumber, periodLabel } from '../data-format.js';
import { useChannelData } from '../feed-hooks.js';
import { ChangeText, FigureTable, type FigureRow } from '../FigureTable.js';
import { FreshnessBadge } from '../FreshnessBadge.js';
import type { PanelProps } from '../panel-props.js';
import { covid, COVID_METRICS, diseases } from './model.js';

const WORDS: Words<'vn' | 'world' | 'cases' | 'change'> = {
  vi: { vn: 'Việt Nam', world: 'Thế giới', cases: 'Số ca', change: 'So với tuần trước' },
  en: { vn: 'Viet Nam', world: 'World', cases: 'Cases', change: 'Against the week before' },
};

/** Covid-19 in Viet Nam (with its most affected provinces) and the world; or the other epidemics by week. */
export function EpidemicsPanel({ options, context }: PanelProps<EpidemicsOptions>) {
  const channel = options.view === 'covid' ? 'health/covid19' : 'health/epidemics';
  const data = useChannelData(channel);
  const { locale, timeZone } = context;
  const table = useMemo(() => (options.view === 'covid' ? covidTable(data, options.provinces, locale, timeZone) : diseaseTable(data, locale, timeZone)), [options.view, options.provinces, data, locale, timeZone]);
  return (
    <div className="data-panel epidemics">
      <FigureTable head={table.head} rows={table.rows} />
      <FreshnessBadge channel={channel} provenance={table.provenance} locale={locale} timeZone={timeZone} hidePeriod />
    </div>
  );
}

const name = (channel: string, metric: string, locale: Locale) => CHANNELS.get(channel)?.metrics[metric]?.[languageOf(locale)] ?? metric;

function covidTable(data: ReturnType<typeof useChannelData>, top: number, locale: Locale, timeZone: string) {
  const words = wordsFor(WORDS, locale);
  const view = covid(data, top);
  const number = (value: number | null) => (value === null ? '–' : formatNumber(value, 0, locale));
  const rows: FigureRow[] = [];
  for (const metric of COVID_METRICS) {
    const [vn, world] = view.figures[metric];
    rows.push({ key: metric, label: name('health/covid19', metric, locale), cells: [number(vn), number(world)] });
    if (metric === 'cases.new') for (const province of view.provinces) rows.push({ key: `p-${province.area}`, label: areaName(province.area, locale), cells: [number(province.cases), ''], sub: true });
  }
  return { head: [view.day ? periodLabel(view.day.period, locale, timeZone) : '', words.vn, words.world], rows, provenance: view.day };
}

function diseaseTable(data: ReturnType<typeof useChannelData>, locale: Locale, timeZone: string) {
  const words = wordsFor(WORDS, locale);
  const view = diseases(data);
  const rows: FigureRow[] = view.rows.map((row) => {
    const change = row.week && row.previous ? row.week.value - row.previous.value : null;
    return {
      key: row.metric,
      label: name('health/epidemics', row.metric, locale),
      cells: [row.week ? formatNumber(row.week.value, 0, locale) : '–', change === null ? '–' : <ChangeText change={change} text={formatNumber(Math.abs(change), 0, locale)} worse="up" />],
    };
  });
  return { head: [view.provenance ? periodLabel(view.provenance.period, locale, timeZone) : '', words.cases, words.change], rows, provenance: view.provenance };
}
