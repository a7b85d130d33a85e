import { disasterKind } from '../../../src/layout/panel-kinds/disaster.js';
import { panelKindView } from '../panel-props.js';
import { DisasterPanel } from './DisasterPanel.js';
import './disaster.css';

const TITLES = {
  daily: { vi: 'Sự cố, thiên tai và tìm kiếm cứu nạn', en: 'Incidents, disasters and search and rescue' },
  warnings: { vi: 'Cảnh báo thiên tai', en: 'Disaster warnings' },
  'forest-fire': { vi: 'Cấp dự báo cháy rừng', en: 'Forest-fire danger' },
  'landslides-drought': { vi: 'Sạt lở, hạn hán, xâm nhập mặn', en: 'Landslides, drought, salinity' },
} as const;

export const disasterView = panelKindView({ definition: disasterKind, Component: DisasterPanel, title: (options, locale) => TITLES[options.view][locale === 'vi-VN' ? 'vi' : 'en'] });
