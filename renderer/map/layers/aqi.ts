import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { AQI_CITIES } from '../../../src/domain/areas/index.js';
import { hourlyAqiFromFigures, POLLUTANT_METRICS, type AqiBand, type ConcentrationFigure } from '../../../src/domain/aqi/index.js';
import type { AqiLayerOptions } from '../../../src/layout/panel-kinds/map.js';
import { languageOf, type Locale } from '../../i18n/index.js';
import type { Rect } from '../label-placement.js';
import { labelBox } from './labels.js';
import type { ChannelData } from '../../state/wall/feed-data.js';
import type { DataInput, DrawContext } from './draw-context.js';

export interface CityAqi {
  area: string;
  name: string;
  position: [number, number];
  aqi: number;
  band: AqiBand;
  /** End of the hour it is for (ms). */
  hourEnd: number;
}

const CHANNEL = 'environment/aqi';
/** Cities whose label goes to the left of their disc: Hà Nội (Hải Phòng lies east of it), Cần Thơ (south-west of Hồ Chí Minh City). */
const LABEL_LEFT = new Set(['VN34-01', 'VN34-92']);
const UNIT = 'µg/m³';

/**
 * The five cities' hourly VN_AQI (Decision 1459/QĐ-TCMT; src/domain/aqi), computed from the concentration
 * figures of environment/aqi: a disc in the level's colour and a label with the index and the level's name
 * on that colour (text black or white, whichever reads better on it). A city without enough figures for an
 * index is left off, never shown as 0.
 */
export class AqiModel {
  cities: CityAqi[] = [];
  private source: ChannelData | undefined;
  /** Which side of its disc each city's label is on, chosen per draw (place). */
  private left = new Set(LABEL_LEFT);
  private sidesKey = '';

  constructor(
    readonly id: string,
    readonly options: AqiLayerOptions,
  ) {}

  update({ channels }: DataInput): boolean {
    const data = channels[CHANNEL];
    if (data === this.source) return false;
    this.source = data;
    const cities: CityAqi[] = [];
    for (const city of AQI_CITIES) {
      const result = cityAqi(data, city.area) ?? cityAqi(data, city.iso63);
      if (!result) continue;
      cities.push({ area: city.area, name: city.name, position: [city.location.lon, city.location.lat], ...result });
    }
    this.cities = cities;
    return true;
  }

  labelOf(city: CityAqi, locale: Locale): string {
    return this.options.levelNames ? `${city.name} ${city.aqi} · ${city.band[languageOf(locale)]}` : `${city.name} ${city.aqi}`;
  }

  /** Where the labels lie on the panel, so that province names keep clear of them. */
  blocked(context: DrawContext, project: (position: [number, number]) => [number, number]): Rect[] {
    return this.cities.map((city) => this.box(city, context, project, this.left.has(city.area)));
  }

  /**
   * Puts each label on the side of its disc where it stays on the panel and clear of what covers the map
   * (legend, focus card), preferring the usual side; at the minimum text height of a far seat a label is wide.
   */
  place(context: DrawContext, project: (position: [number, number]) => [number, number], panel: { width: number; height: number }, covered: readonly Rect[]): void {
    // One city after another, each keeping clear of what covers the map and of the labels placed before it.
    const taken = [...covered];
    const hidden = (rect: Rect) => {
      const outside = Math.max(0, -rect.left) + Math.max(0, rect.right - panel.width);
      const under = taken.reduce((sum, other) => sum + Math.max(0, Math.min(rect.right, other.right) - Math.max(rect.left, other.left)) * (rect.bottom > other.top && rect.top < other.bottom ? 1 : 0), 0);
      return outside + under;
    };
    this.left = new Set();
    for (const city of this.cities) {
      const usual = LABEL_LEFT.has(city.area);
      const side = hidden(this.box(city, context, project, !usual)) < hidden(this.box(city, context, project, usual)) ? !usual : usual;
      if (side) this.left.add(city.area);
      taken.push(this.box(city, context, project, side));
    }
    this.sidesKey = [...this.left].sort().join(',');
  }

  private box(city: CityAqi, context: DrawContext, project: (position: [number, number]) => [number, number], left: boolean): Rect {
    const radius = context.minTextPx * 0.45;
    const [x, y] = project(city.position);
    const { width } = labelBox(this.labelOf(city, context.locale), context.minTextPx);
    const reach = radius + 8 + width + 8;
    const half = context.minTextPx * 0.75;
    return left ? { left: x - reach, top: y - half, right: x + radius, bottom: y + half } : { left: x - radius, top: y - half, right: x + reach, bottom: y + half };
  }

  layers(context: DrawContext) {
    const language = languageOf(context.locale);
    const label = (city: CityAqi) => this.labelOf(city, context.locale);
    const radius = context.minTextPx * 0.45;
    return [
      new ScatterplotLayer<CityAqi>({
        id: `${this.id}-discs`,
        data: this.cities,
        getPosition: (city) => city.position,
        radiusUnits: 'pixels',
        getRadius: radius,
        getFillColor: (city) => [...city.band.rgb, 255],
        stroked: true,
        lineWidthUnits: 'pixels',
        getLineWidth: 3,
        getLineColor: [4, 7, 13, 255],
        extensions: [...context.extensions],
      }),
      new TextLayer<CityAqi>({
        id: `${this.id}-labels`,
        data: this.cities,
        getPosition: (city) => city.position,
        getText: label,
        characterSet: 'auto',
        fontFamily: 'Be Vietnam Pro',
        fontWeight: 700,
        sizeUnits: 'pixels',
        getSize: context.minTextPx,
        getColor: (city) => [...city.band.textOnColour, 255],
        background: true,
        getBackgroundColor: (city) => [...city.band.rgb, 255],
        backgroundPadding: [8, 3],
        backgroundBorderRadius: 4,
        getTextAnchor: (city) => (this.left.has(city.area) ? 'end' : 'start'),
        getAlignmentBaseline: 'center',
        getPixelOffset: (city) => [this.left.has(city.area) ? -(radius + 8) : radius + 8, 0],
        updateTriggers: { getText: [language, this.options.levelNames], getTextAnchor: this.sidesKey, getPixelOffset: [this.sidesKey, radius] },
        extensions: [...context.extensions],
      }),
    ];
  }
}

function cityAqi(data: ChannelData | undefined, area: string): Omit<CityAqi, 'area' | 'name' | 'position'> | null {
  if (!data) return null;
  const figures: ConcentrationFigure[] = [];
  for (const metric of Object.values(POLLUTANT_METRICS)) {
    const series = data.series.get(`${metric}|${area}|${UNIT}`);
    if (series) for (const figure of series.entries) if (figure.period.frequency === 'hour') figures.push(figure);
  }
  const outcome = hourlyAqiFromFigures(figures);
  if (!outcome || outcome.aqi === null) return null;
  return { aqi: outcome.aqi, band: outcome.band, hourEnd: outcome.hourEnd };
}
