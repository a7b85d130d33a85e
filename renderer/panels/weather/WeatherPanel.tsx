import { useMemo } from 'react';
import { AQI_CITIES } from '../../../src/domain/areas/index.js';
import type { WeatherOptions } from '../../../src/layout/panel-kinds/weather.js';
import { fill, type Locale } from '../../i18n/index.js';
import { wordsFor } from '../../i18n/words.js';
import { useWall } from '../../state/wall/wall-store.js';
import { areaName, formatNumber } from '../data-format.js';
import { useChannelData } from '../feed-hooks.js';
import { FigureTable, type FigureRow } from '../FigureTable.js';
import { FreshnessBadge } from '../FreshnessBadge.js';
import type { PanelProps } from '../panel-props.js';
import { ToneIcon } from '../ToneIcon.js';
import { activeWarnings, emissions, forecasts, HEAVY_RAIN_MM, type DayForecast } from './model.js';
import { WORDS } from './words.js';

const HOUR = 3_600_000;

/** The five cities' names as the centre writes them ("TP Hồ Chí Minh"), others by the area catalogue. */
function placeName(area: string, locale: Locale): string {
  return AQI_CITIES.find((city) => city.area === area)?.name ?? areaName(area, locale);
}

/** The forecast for today and the next days per area, the warnings in force; or the large emission sources. */
export function WeatherPanel({ options, context }: PanelProps<WeatherOptions>) {
  return options.view === 'forecast' ? <Forecast options={options} locale={context.locale} timeZone={context.timeZone} /> : <Emissions options={options} locale={context.locale} timeZone={context.timeZone} />;
}

function Forecast({ options, locale, timeZone }: { options: WeatherOptions; locale: Locale; timeZone: string }) {
  const weather = useChannelData('environment/weather');
  const warnings = useChannelData('disaster/warnings');
  // "Today" moves at midnight: read the page's clock by the hour.
  const hour = useWall((state) => Math.floor(state.tickAt / HOUR));
  const words = wordsFor(WORDS, locale);
  const view = useMemo(() => forecasts(weather, options.areas, options.days, hour * HOUR), [weather, options.areas, options.days, hour]);
  const active = useMemo(() => activeWarnings(warnings), [warnings]);
  const dates = view.rows[0]?.days.map((day) => day.date) ?? [];
  const head = [words.temperature, ...dates.map((date, i) => (i === 0 ? words.today : `${date.slice(8, 10)}/${date.slice(5, 7)}`))];
  const rows: FigureRow[] = view.rows.map((row) => ({ key: row.area, label: placeName(row.area, locale), cells: row.days.map((day) => <DayCell key={day.date} day={day} locale={locale} />) }));
  const anyHeavy = view.rows.some((row) => row.days.some((day) => day.heavyRain));
  return (
    <div className="data-panel weather">
      <FigureTable head={head} rows={rows} />
      {anyHeavy && <p className="data-panel-note">{fill(words.heavyRainLegend, { mm: HEAVY_RAIN_MM })}</p>}
      {active && (
        <p className="weather-warnings" data-count={active.value}>
          {active.value > 0 && <ToneIcon tone="warning" />} {active.value > 0 ? fill(words.warnings, { n: formatNumber(active.value, 0, locale) }) : words.noWarnings}
        </p>
      )}
      <FreshnessBadge channel="environment/weather" provenance={view.provenance} locale={locale} timeZone={timeZone} hidePeriod />
    </div>
  );
}

function DayCell({ day, locale }: { day: DayForecast; locale: Locale }) {
  const words = wordsFor(WORDS, locale);
  if (day.min === null || day.max === null) return <>–</>;
  return (
    <span className="weather-day" data-heavy-rain={day.heavyRain ? 'true' : undefined}>
      {day.min}–{day.max}
      {day.heavyRain && day.rain !== null && (
        <>
          <span aria-hidden="true"> ☔</span>
          <span className="visually-hidden">{fill(words.heavyRain, { mm: formatNumber(day.rain, 0, locale) })}</span>
        </>
      )}
    </span>
  );
}

function Emissions({ options, locale, timeZone }: { options: WeatherOptions; locale: Locale; timeZone: string }) {
  const data = useChannelData('environment/emissions');
  const words = wordsFor(WORDS, locale);
  const view = useMemo(() => emissions(data, options.top), [data, options.top]);
  const number = (value: number | null) => (value === null ? '–' : formatNumber(value, 0, locale));
  const rows: FigureRow[] = [
    { key: 'VN', label: words.nation, cells: [number(view.nation.monitored), number(view.nation.exceeding)] },
    ...view.provinces.map((row) => ({ key: row.area, label: placeName(row.area, locale), cells: [number(row.monitored), number(row.exceeding)], tone: 'warning' as const, toneWord: words.over })),
  ];
  return (
    <div className="data-panel weather">
      <FigureTable head={['', words.monitored, words.exceeding]} rows={rows} />
      <FreshnessBadge channel="environment/emissions" provenance={view.provenance} locale={locale} timeZone={timeZone} />
    </div>
  );
}
