import type { Words } from '../../i18n/words.js';

type Key = 'temperature' | 'today' | 'heavyRain' | 'heavyRainLegend' | 'warnings' | 'noWarnings' | 'monitored' | 'exceeding' | 'nation' | 'over';

export const WORDS: Words<Key> = {
  vi: {
    temperature: 'Nhiệt độ (°C)',
    today: 'Hôm nay',
    heavyRain: 'mưa to {mm} mm',
    heavyRainLegend: '☔ mưa to, từ {mm} mm/ngày',
    warnings: '{n} cảnh báo thiên tai đang hiệu lực',
    noWarnings: 'Không có cảnh báo thiên tai',
    monitored: 'Được quan trắc',
    exceeding: 'Vượt ngưỡng',
    nation: 'Toàn quốc',
    over: 'có nguồn thải vượt ngưỡng',
  },
  en: {
    temperature: 'Temperature (°C)',
    today: 'Today',
    heavyRain: 'heavy rain {mm} mm',
    heavyRainLegend: '☔ heavy rain, {mm} mm/day or more',
    warnings: '{n} disaster warnings in force',
    noWarnings: 'No disaster warnings',
    monitored: 'Monitored',
    exceeding: 'Over the limit',
    nation: 'Nationwide',
    over: 'sources over the limit',
  },
};
