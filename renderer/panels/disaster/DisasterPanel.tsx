import { useMemo } from 'react';
import { disasterKind, type DisasterOptions } from '../../../src/layout/panel-kinds/disaster.js';
import { CHANNELS } from '../../../src/protocol/feed/channels.js';
import { fill, languageOf, type Locale } from '../../i18n/index.js';
import { wordsFor } from '../../i18n/words.js';
import type { ChannelData } from '../../state/wall/feed-data.js';
import { useWall } from '../../state/wall/wall-store.js';
import { areaName, formatNumber, periodLabel, unitLabel } from '../data-format.js';
import { useChannelsData } from '../feed-hooks.js';
import { FigureTable, type FigureRow } from '../FigureTable.js';
import { FreshnessBadge, type Provenance } from '../FreshnessBadge.js';
import type { PanelProps } from '../panel-props.js';
import { latestOf } from '../series-lookup.js';
import { dailySummary, DANGER_LEVELS, fireDanger, landslidesAndDrought, SEVERITIES, warningsInForce } from './model.js';
import { ROMAN, WORDS } from './words.js';

const MINUTE = 60_000;

interface Table {
  head: string[];
  rows: FigureRow[];
  lines?: { key: string; text: string }[];
  provenance: Provenance | null;
  numeric?: boolean[];
}

/** Incidents, disasters and search and rescue: the day's summary, the warnings in force, fire danger, landslides and drought. */
export function DisasterPanel({ options, context }: PanelProps<DisasterOptions>) {
  const channels = useMemo(() => disasterKind.channels(options), [options]);
  const held = useChannelsData(channels);
  const minute = useWall((state) => Math.floor(state.tickAt / MINUTE));
  const { locale, timeZone } = context;
  const table = useMemo((): Table => {
    switch (options.view) {
      case 'daily':
        return dailyTable(held[0] ?? null, locale, timeZone);
      case 'warnings':
        return warningsTable(held[0] ?? null, options.named, minute * MINUTE, locale);
      case 'forest-fire':
        return fireTable(held[0] ?? null, locale, timeZone);
      default:
        return droughtTable(held[0] ?? null, held[1] ?? null, locale, timeZone);
    }
  }, [options.view, options.named, held, minute, locale, timeZone]);
  return (
    <div className="data-panel disaster" data-view={options.view}>
      <FigureTable head={table.head} rows={table.rows} numeric={table.numeric} />
      {table.lines?.map((line) => (
        <p key={line.key} className="disaster-line">
          {line.text}
        </p>
      ))}
      <FreshnessBadge channel={channels[0]!} provenance={table.provenance} locale={locale} timeZone={timeZone} hidePeriod={options.view !== 'warnings'} />
    </div>
  );
}

const metricName = (channel: string, metric: string, locale: Locale) => CHANNELS.get(channel)?.metrics[metric]?.[languageOf(locale)] ?? metric;
const metricUnit = (channel: string, metric: string, locale: Locale) => unitLabel(CHANNELS.get(channel)?.metrics[metric]?.unit ?? '', locale);

function dailyTable(data: ChannelData | null, locale: Locale, timeZone: string): Table {
  const words = wordsFor(WORDS, locale);
  const view = dailySummary(data);
  const rows = view.figures.map(([metric, value]) => ({ key: metric, label: metricName('disaster/daily', metric, locale), cells: [value === null ? '–' : `${formatNumber(value, 0, locale)} ${metricUnit('disaster/daily', metric, locale)}`.trim()] }));
  return { head: [view.day ? periodLabel(view.day.period, locale, timeZone) : '', words.onDay], rows, provenance: view.day };
}

function warningsTable(data: ChannelData | null, named: number, now: number, locale: Locale): Table {
  const words = wordsFor(WORDS, locale);
  const view = warningsInForce(data, now);
  const rows: FigureRow[] = SEVERITIES.map((severity) => ({
    key: severity,
    label: words[severity],
    cells: [formatNumber(view.counts[severity], 0, locale)],
    ...(view.counts[severity] > 0 && (severity === 'extreme' || severity === 'severe') ? { tone: severity === 'extreme' ? ('critical' as const) : ('warning' as const) } : {}),
  }));
  const lines = view.gravest.slice(0, named).map((report) => ({ key: report.id, text: `${report.title}` }));
  // The hourly count of warnings in force vouches for the list, also when it is empty.
  const provenance = latestOf(data, 'warnings.active', 'VN') ?? view.gravest[0] ?? null;
  return { head: [words.warnings, words.inForce], rows, lines, provenance };
}

function fireTable(data: ChannelData | null, locale: Locale, timeZone: string): Table {
  const words = wordsFor(WORDS, locale);
  const view = fireDanger(data);
  const rows: FigureRow[] = DANGER_LEVELS.map((level) => {
    const areas = view.byLevel.get(level) ?? [];
    const names = level >= 4 ? areas.map((area) => areaName(area, locale)).join(', ') : '';
    return {
      key: String(level),
      label: names ? `${fill(words.level, { level: ROMAN[level] })}: ${names}` : fill(words.level, { level: ROMAN[level] }),
      cells: [formatNumber(areas.length, 0, locale)],
      ...(level >= 4 && areas.length > 0 ? { tone: level === 5 ? ('critical' as const) : ('warning' as const) } : {}),
    };
  });
  return { head: [view.provenance ? periodLabel(view.provenance.period, locale, timeZone) : '', words.provinces], rows, provenance: view.provenance };
}

function droughtTable(landslides: ChannelData | null, drought: ChannelData | null, locale: Locale, timeZone: string): Table {
  const words = wordsFor(WORDS, locale);
  const view = landslidesAndDrought(landslides, drought);
  const channelOf = (metric: string) => (metric.startsWith('landslides') ? 'agriculture/landslides' : 'agriculture/drought-salinity');
  const rows = view.figures.map(([metric, figure]) => ({
    key: metric,
    label: metricName(channelOf(metric), metric, locale),
    cells: [figure ? `${formatNumber(figure.value, Number.isInteger(figure.value) ? 0 : 1, locale)} ${metricUnit(channelOf(metric), metric, locale)}`.trim() : '–', figure ? periodLabel(figure.period, locale, timeZone, 'inline') : ''],
  }));
  return { head: ['', words.latest, ''], rows, provenance: view.provenance, numeric: [true, false] };
}
