import type { Words } from '../../i18n/words.js';

export const WORDS: Words<'city' | 'hourly' | 'dominant' | 'trend' | 'daily' | 'yesterday' | 'none' | 'alert' | 'trendLabel'> = {
  vi: { city: 'Thành phố', hourly: 'AQI giờ', dominant: 'Chất chính', trend: '24 giờ', daily: 'Ngày {day}', yesterday: 'Hôm qua', none: 'Chưa đủ số liệu', alert: 'Vượt mức Kém', trendLabel: 'Diễn biến AQI 24 giờ qua của {city}' },
  en: { city: 'City', hourly: 'Hourly AQI', dominant: 'Main pollutant', trend: '24 hours', daily: 'Day {day}', yesterday: 'Yesterday', none: 'Not enough data', alert: 'Worse than Poor', trendLabel: 'Hourly AQI over the last 24 hours in {city}' },
};
