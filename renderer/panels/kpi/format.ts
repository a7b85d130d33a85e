import { CHANNELS, metricSpec } from '../../../src/protocol/feed/channels.js';
import type { KpiOptions } from '../../../src/layout/panel-kinds/kpi.js';
import type { HeldObservation } from '../../../src/protocol/wall/index.js';
import { languageOf, t, type Locale } from '../../i18n/index.js';
import { areaName, defaultDecimals, formatNumber, periodLabel, unitLabel } from '../data-format.js';

/** The panel's title: the label (or the metric's name in the catalogue) and the area, unless the label names it. */
export function kpiTitle(options: Pick<KpiOptions, 'channel' | 'metric' | 'area' | 'label'>, locale: Locale): string {
  const channel = CHANNELS.get(options.channel);
  const spec = channel ? metricSpec(channel, options.metric) : undefined;
  const label = options.label ?? spec?.[languageOf(locale)] ?? options.metric;
  const area = areaName(options.area, locale);
  return label.toLocaleLowerCase(locale).includes(area.toLocaleLowerCase(locale)) ? label : `${label} · ${area}`;
}

/** Units measured in percent: their change is given in percentage points, not as a percent of a percent. */
const PERCENT_UNITS = new Set(['%', '% GDP']);

export type Direction = 'up' | 'down' | 'same';
export type Judgement = 'good' | 'bad' | 'neutral';

export interface KpiChange {
  direction: Direction;
  judgement: Judgement;
  /** "▲" · "▼" · "=" */
  arrow: string;
  /** "tăng 12 (+1,0%)" · "giảm 1,2 điểm %" · "không đổi" */
  text: string;
  /** "so với 20/11/2026" */
  versus: string;
}

export interface KpiFigure {
  value: string;
  unit: string;
  decimals: number;
  status: HeldObservation['status'];
  revision: number;
  change: KpiChange | null;
}

/**
 * What the kpi shows for the latest figure of its series and the one it compares with: the value in the
 * locale's format, its unit, and the change — absolute and relative, with an arrow, a word, and a
 * judgement by `better` (deaths going down is good) for the colour.
 */
export function kpiFigure(latest: HeldObservation, previous: HeldObservation | null, options: Pick<KpiOptions, 'decimals' | 'better'>, locale: Locale, timeZone: string): KpiFigure {
  const decimals = options.decimals ?? defaultDecimals(latest.value);
  return {
    value: formatNumber(latest.value, decimals, locale),
    unit: unitLabel(latest.unit, locale),
    decimals,
    status: latest.status,
    revision: latest.revision,
    change: previous ? kpiChange(latest, previous, decimals, options.better, locale, timeZone) : null,
  };
}

export function kpiChange(latest: HeldObservation, previous: HeldObservation, decimals: number, better: KpiOptions['better'], locale: Locale, timeZone: string): KpiChange {
  const factor = 10 ** decimals;
  // Judge the change at the precision shown: two figures that look the same are "unchanged".
  const delta = Math.round((latest.value - previous.value) * factor) / factor;
  const direction: Direction = delta > 0 ? 'up' : delta < 0 ? 'down' : 'same';
  const judgement: Judgement = direction === 'same' || better === 'neither' ? 'neutral' : (direction === 'up') === (better === 'up') ? 'good' : 'bad';
  const versus = t(locale, 'kpi.versus', { period: periodLabel(previous.period, locale, timeZone, 'inline') });
  if (direction === 'same') return { direction, judgement, arrow: '=', text: t(locale, 'kpi.same'), versus };
  const amount = formatNumber(Math.abs(delta), decimals, locale);
  let detail: string;
  if (PERCENT_UNITS.has(latest.unit)) detail = `${amount} ${languageOf(locale) === 'vi' ? 'điểm %' : 'pp'}`;
  else if (previous.value !== 0) {
    const percent = ((latest.value - previous.value) / Math.abs(previous.value)) * 100;
    detail = `${amount} (${percent > 0 ? '+' : '\u2212'}${formatNumber(Math.abs(percent), Math.abs(percent) < 1 ? 2 : Math.abs(percent) < 10 ? 1 : 0, locale)}%)`;
  } else detail = amount;
  return { direction, judgement, arrow: direction === 'up' ? '▲' : '▼', text: `${t(locale, direction === 'up' ? 'kpi.up' : 'kpi.down')} ${detail}`, versus };
}
