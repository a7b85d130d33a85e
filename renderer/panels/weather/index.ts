import { weatherKind } from '../../../src/layout/panel-kinds/weather.js';
import { panelKindView } from '../panel-props.js';
import { WeatherPanel } from './WeatherPanel.js';
import './weather.css';

export const weatherView = panelKindView({
  definition: weatherKind,
  Component: WeatherPanel,
  title: (options, locale) => (options.view === 'forecast' ? (locale === 'vi-VN' ? 'Dự báo thời tiết' : 'Weather forecast') : locale === 'vi-VN' ? 'Quan trắc nguồn thải lớn' : 'Large emission sources'),
});
