import { memo, useMemo } from 'react';
import { AQI_BANDS, POLLUTANT_LABELS, type AqiBand } from '../../../src/domain/aqi/index.js';
import type { AirQualityOptions } from '../../../src/layout/panel-kinds/air-quality.js';
import { Chart, sparklineOption, useChartSizes, type ChartSizes } from '../../charts/index.js';
import { fill, type Locale } from '../../i18n/index.js';
import { wordsFor } from '../../i18n/words.js';
import { formatDate } from '../data-format.js';
import { useChannelData } from '../feed-hooks.js';
import { FreshnessBadge } from '../FreshnessBadge.js';
import type { PanelProps } from '../panel-props.js';
import { ToneIcon } from '../ToneIcon.js';
import { cityAirQuality, type CityAirQuality } from './model.js';
import { WORDS } from './words.js';

const CHANNEL = 'environment/aqi';
const LEVEL_LINES = AQI_BANDS.slice(1).map((band) => [band.min, band.max, band.hex] as const);

/**
 * The five cities' air: the current hourly VN_AQI (NowCast for PM) on its official colour with the level
 * named, the dominant pollutant, the last 24 hours as a line, and the last complete day's daily AQI. A
 * city worse than "Kém" is marked with a sign and a word as well as its colour.
 */
export function AirQualityPanel({ options, context }: PanelProps<AirQualityOptions>) {
  const data = useChannelData(CHANNEL);
  const sizes = useChartSizes(context.minTextHeightVh);
  const cities = useMemo(() => options.cities.map((area) => cityAirQuality(data, area)), [data, options.cities]);
  const words = wordsFor(WORDS, context.locale);
  const newest = cities.reduce<CityAirQuality['provenance']>((best, city) => (city.provenance && (!best || city.provenance.period.end > best.period.end) ? city.provenance : best), null);
  const dayStart = cities.find((city) => city.daily)?.daily?.dayStart;
  return (
    <div className="data-panel aq" data-columns={`${options.trend ? 'trend' : ''} ${options.daily ? 'daily' : ''}`.trim()}>
      <table className="aq-table">
        <thead>
          <tr>
            <th scope="col">{words.city}</th>
            <th scope="col">{words.hourly}</th>
            {options.trend && <th scope="col" className="aq-trend">{words.trend}</th>}
            {options.daily && <th scope="col" className="aq-daily">{dailyHeading(dayStart, newest, words, context.timeZone)}</th>}
          </tr>
        </thead>
        <tbody>
          {cities.map((city) => (
            <CityRow key={city.area} city={city} options={options} sizes={sizes} locale={context.locale} />
          ))}
        </tbody>
      </table>
      <FreshnessBadge channel={CHANNEL} provenance={newest} locale={context.locale} timeZone={context.timeZone} />
    </div>
  );
}

const DAY_MS = 86_400_000;

/** The daily column's heading: "Hôm qua" when the day is the one before the newest hour's, else its date. */
function dailyHeading(dayStart: number | undefined, newest: CityAirQuality['provenance'], words: { daily: string; yesterday: string }, timeZone: string): string {
  if (dayStart === undefined) return '';
  const newestStart = newest ? Date.parse(newest.period.start) : NaN;
  if (newestStart >= dayStart + DAY_MS && newestStart < dayStart + 2 * DAY_MS) return words.yesterday;
  return fill(words.daily, { day: formatDate(dayStart, timeZone) });
}

const CityRow = memo(function CityRow({ city, options, sizes, locale }: { city: CityAirQuality; options: AirQualityOptions; sizes: ChartSizes; locale: Locale }) {
  const words = wordsFor(WORDS, locale);
  const trend = useMemo(() => sparklineOption(city.trend, sizes, '#f1f5fb', LEVEL_LINES), [city.trend, sizes]);
  return (
    <tr className="aq-city" data-area={city.area} data-alert={city.alert ? 'true' : undefined}>
      <th scope="row" className="aq-name">
        {city.alert && (
          <span className="aq-alert" title={words.alert}>
            <ToneIcon tone="critical" />
            <span className="visually-hidden">{words.alert}</span>
          </span>
        )}
        {city.name}
      </th>
      <td className="aq-now">
        {city.now ? (
          <>
            <AqiChip aqi={city.now.aqi} band={city.now.band} locale={locale} />
            <span className="aq-dominant" title={words.dominant}>
              {POLLUTANT_LABELS[city.now.dominant]}
            </span>
          </>
        ) : (
          <span className="aq-none">{words.none}</span>
        )}
      </td>
      {options.trend && <td className="aq-trend">{city.trend.some((value) => value !== null) && <Chart option={trend} label={fill(words.trendLabel, { city: city.name })} />}</td>}
      {options.daily && <td className="aq-daily">{city.daily?.aqi != null && city.daily.band ? <AqiChip aqi={city.daily.aqi} band={city.daily.band} locale={locale} compact /> : '–'}</td>}
    </tr>
  );
});

function AqiChip({ aqi, band, locale, compact = false }: { aqi: number; band: AqiBand; locale: Locale; compact?: boolean }) {
  const [r, g, b] = band.textOnColour;
  return (
    <span className="aq-chip" data-level={band.level} style={{ background: band.hex, color: `rgb(${r} ${g} ${b})` }}>
      <span className="aq-value" data-aqi={aqi}>
        {aqi}
      </span>
      {!compact && <span className="aq-level">{locale === 'vi-VN' ? band.vi : band.en}</span>}
    </span>
  );
}
