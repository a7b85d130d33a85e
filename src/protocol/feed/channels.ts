import { builtInCatalogue, indicatorCodeOfMetric } from '../../domain/indicators/index.js';

/**
 * The feed's channels (`domain/topic`), one per kind of information of the domain facts §2, §3, §5.
 * For each: what it carries, who reports it by default, its rhythm, and how long the backend may stay
 * silent about it before the wall shows it as late (`expectedIntervalS`; heartbeats count).
 */
export type Cadence = 'tick' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'event';
export type AreaScope = 'national' | 'world' | 'units34' | 'units63' | 'aqi-cities';

export interface MetricSpec {
  unit: string;
  vi: string;
  en: string;
  /** For a "prefix.*" family: the spec of one member, or undefined when there is no such member. */
  member?: (metric: string) => MetricSpec | undefined;
}

export interface ChannelSpec {
  channel: string;
  title: { vi: string; en: string };
  source: string;
  cadence: Cadence;
  expectedIntervalS: number;
  areas: readonly AreaScope[];
  /** Exact metric codes, or prefixes ending in ".*" whose unit comes with each figure. */
  metrics: Readonly<Record<string, MetricSpec>>;
  reportKinds: readonly string[];
  /** Its reports may carry an area on the map (a storm's track and cone, a flood zone): see reportShapeSchema. */
  reportShapes?: true;
}

const m = (unit: string, vi: string, en: string): MetricSpec => ({ unit, vi, en });

function indicatorMember(metric: string): MetricSpec | undefined {
  const code = indicatorCodeOfMetric(metric);
  const indicator = code === undefined ? undefined : builtInCatalogue().get(code);
  return indicator ? { unit: indicator.unit, vi: indicator.name.vi, en: indicator.name.en } : undefined;
}
const PROVINCES: AreaScope[] = ['national', 'units34', 'units63'];

const specs: ChannelSpec[] = [
  {
    channel: 'environment/aqi',
    title: { vi: 'Chất lượng không khí', en: 'Air quality' },
    source: 'Bộ Nông nghiệp và Môi trường',
    cadence: 'hour',
    expectedIntervalS: 60,
    areas: ['aqi-cities'],
    metrics: {
      'conc.pm25': m('µg/m³', 'Nồng độ PM2.5', 'PM2.5 concentration'),
      'conc.pm10': m('µg/m³', 'Nồng độ PM10', 'PM10 concentration'),
      'conc.o3': m('µg/m³', 'Nồng độ O₃', 'O₃ concentration'),
      'conc.no2': m('µg/m³', 'Nồng độ NO₂', 'NO₂ concentration'),
      'conc.so2': m('µg/m³', 'Nồng độ SO₂', 'SO₂ concentration'),
      'conc.co': m('µg/m³', 'Nồng độ CO', 'CO concentration'),
    },
    reportKinds: [],
  },
  {
    channel: 'environment/weather',
    title: { vi: 'Dự báo thời tiết', en: 'Weather forecast' },
    source: 'Trung tâm Dự báo khí tượng thủy văn quốc gia',
    cadence: 'day',
    expectedIntervalS: 60,
    areas: ['national', 'units34', 'units63'],
    metrics: {
      'temp.max': m('°C', 'Nhiệt độ cao nhất', 'Maximum temperature'),
      'temp.min': m('°C', 'Nhiệt độ thấp nhất', 'Minimum temperature'),
      rain: m('mm', 'Lượng mưa', 'Rainfall'),
      humidity: m('%', 'Độ ẩm', 'Humidity'),
      'wind.max': m('m/s', 'Gió mạnh nhất', 'Maximum wind'),
    },
    reportKinds: ['forecast'],
  },
  {
    channel: 'environment/emissions',
    title: { vi: 'Quan trắc nguồn thải lớn', en: 'Large emission sources' },
    source: 'Bộ Nông nghiệp và Môi trường',
    cadence: 'day',
    expectedIntervalS: 60,
    areas: PROVINCES,
    metrics: {
      'sources.monitored': m('count', 'Nguồn thải được quan trắc', 'Sources monitored'),
      'sources.exceeding': m('count', 'Nguồn thải vượt ngưỡng', 'Sources over the limit'),
    },
    reportKinds: ['exceedance'],
  },
  {
    channel: 'disaster/warnings',
    title: { vi: 'Cảnh báo thiên tai', en: 'Natural-disaster warnings' },
    source: 'Trung tâm Dự báo khí tượng thủy văn quốc gia',
    cadence: 'event',
    expectedIntervalS: 60,
    areas: PROVINCES,
    metrics: { 'warnings.active': m('count', 'Cảnh báo đang hiệu lực', 'Active warnings') },
    reportKinds: ['storm', 'tropical-depression', 'flood', 'flash-flood', 'landslide-risk', 'heat', 'cold', 'earthquake', 'tsunami'],
    reportShapes: true,
  },
  {
    channel: 'disaster/daily',
    title: { vi: 'Sự cố, thiên tai và tìm kiếm cứu nạn', en: 'Incidents, disasters and search & rescue' },
    source: 'Ủy ban Quốc gia ứng phó sự cố, thiên tai và tìm kiếm cứu nạn',
    cadence: 'day',
    expectedIntervalS: 60,
    areas: PROVINCES,
    metrics: {
      incidents: m('count', 'Số vụ sự cố, thiên tai', 'Incidents'),
      deaths: m('persons', 'Người chết', 'Deaths'),
      missing: m('persons', 'Người mất tích', 'Missing'),
      injured: m('persons', 'Người bị thương', 'Injured'),
      'houses.damaged': m('count', 'Nhà bị hư hại', 'Houses damaged'),
      'rice.damaged': m('ha', 'Lúa bị thiệt hại', 'Rice damaged'),
      'loss.economic': m('VND bn', 'Thiệt hại kinh tế', 'Economic loss'),
      'sar.missions': m('count', 'Vụ tìm kiếm cứu nạn', 'Search & rescue missions'),
      'sar.rescued': m('persons', 'Người được cứu', 'People rescued'),
      'radio.messages': m('count', 'Bản tin đài thông tin duyên hải', 'Coastal radio messages'),
    },
    reportKinds: ['incident', 'search-rescue'],
    reportShapes: true,
  },
  {
    channel: 'agriculture/forest-fire',
    title: { vi: 'Cháy rừng', en: 'Forest fires' },
    source: 'Cục Kiểm lâm',
    cadence: 'event',
    expectedIntervalS: 60,
    areas: PROVINCES,
    metrics: {
      'danger-level': m('level', 'Cấp dự báo cháy rừng (I–V)', 'Fire danger level (I–V)'),
      fires: m('count', 'Số vụ cháy rừng', 'Forest fires'),
      'area.burned': m('ha', 'Diện tích rừng bị cháy', 'Forest area burned'),
    },
    reportKinds: ['forest-fire'],
    reportShapes: true,
  },
  {
    channel: 'agriculture/landslides',
    title: { vi: 'Sạt lở bờ sông, bờ biển', en: 'River-bank and coastal landslides' },
    source: 'Cục Quản lý đê điều và Phòng, chống thiên tai',
    cadence: 'event',
    expectedIntervalS: 60,
    areas: PROVINCES,
    metrics: { landslides: m('count', 'Điểm sạt lở', 'Landslide sites'), 'landslides.length': m('m', 'Chiều dài sạt lở', 'Length affected') },
    reportKinds: ['landslide'],
    reportShapes: true,
  },
  {
    channel: 'agriculture/drought-salinity',
    title: { vi: 'Hạn hán, xâm nhập mặn', en: 'Drought and salinity intrusion' },
    source: 'Cục Thủy lợi',
    cadence: 'day',
    expectedIntervalS: 60,
    areas: PROVINCES,
    metrics: {
      'salinity.intrusion': m('km', 'Ranh mặn 4‰ vào sâu', 'Salinity (4‰) intrusion'),
      'drought.area': m('ha', 'Diện tích bị hạn', 'Area in drought'),
      'households.short-water': m('count', 'Hộ thiếu nước sinh hoạt', 'Households short of water'),
    },
    reportKinds: ['salinity', 'drought'],
  },
  {
    channel: 'health/covid19',
    title: { vi: 'Tình hình Covid-19', en: 'Covid-19 situation' },
    source: 'Bộ Y tế',
    cadence: 'day',
    expectedIntervalS: 60,
    areas: ['national', 'world', 'units34', 'units63'],
    metrics: {
      'cases.new': m('persons', 'Ca mắc mới', 'New cases'),
      'cases.total': m('persons', 'Tổng số ca mắc', 'Total cases'),
      'deaths.new': m('persons', 'Tử vong mới', 'New deaths'),
      'deaths.total': m('persons', 'Tổng số tử vong', 'Total deaths'),
      'recovered.total': m('persons', 'Tổng số khỏi bệnh', 'Total recovered'),
      'vaccine.doses': m('doses', 'Số liều vắc xin đã tiêm', 'Vaccine doses given'),
    },
    reportKinds: [],
  },
  {
    channel: 'health/epidemics',
    title: { vi: 'Dịch bệnh khác', en: 'Other epidemics' },
    source: 'Bộ Y tế',
    cadence: 'week',
    expectedIntervalS: 60,
    areas: PROVINCES,
    metrics: {
      'dengue.cases': m('persons', 'Sốt xuất huyết', 'Dengue fever'),
      'hfmd.cases': m('persons', 'Tay chân miệng', 'Hand, foot and mouth disease'),
      'measles.cases': m('persons', 'Sởi', 'Measles'),
      'influenza.cases': m('persons', 'Cúm', 'Influenza'),
      'epidemic.deaths': m('persons', 'Tử vong do dịch bệnh', 'Epidemic deaths'),
    },
    reportKinds: ['outbreak'],
  },
  {
    channel: 'traffic/accidents',
    title: { vi: 'Tai nạn giao thông', en: 'Traffic accidents' },
    source: 'Ủy ban An toàn giao thông Quốc gia',
    cadence: 'day',
    expectedIntervalS: 60,
    areas: PROVINCES,
    metrics: {
      accidents: m('count', 'Số vụ tai nạn', 'Accidents'),
      deaths: m('persons', 'Số người chết', 'Deaths'),
      injured: m('persons', 'Số người bị thương', 'Injured'),
      'road.accidents': m('count', 'Tai nạn đường bộ', 'Road accidents'),
      'road.deaths': m('persons', 'Người chết (đường bộ)', 'Road deaths'),
      'road.injured': m('persons', 'Người bị thương (đường bộ)', 'Road injured'),
      'rail.accidents': m('count', 'Tai nạn đường sắt', 'Rail accidents'),
      'rail.deaths': m('persons', 'Người chết (đường sắt)', 'Rail deaths'),
      'rail.injured': m('persons', 'Người bị thương (đường sắt)', 'Rail injured'),
      'waterway.accidents': m('count', 'Tai nạn đường thủy nội địa', 'Inland waterway accidents'),
      'waterway.deaths': m('persons', 'Người chết (đường thủy)', 'Waterway deaths'),
      'waterway.injured': m('persons', 'Người bị thương (đường thủy)', 'Waterway injured'),
      'deaths.per-day': m('persons/day', 'Số người chết bình quân/ngày', 'Deaths per day (average)'),
      'deaths.per-day.change-yoy': m('persons/day', 'Tăng/giảm người chết/ngày so với cùng kỳ', 'Change in deaths per day, year on year'),
      'deaths.change-yoy': m('persons', 'Tăng/giảm số người chết so với cùng kỳ', 'Change in deaths, year on year'),
    },
    reportKinds: ['serious-accident', 'congestion', 'hot-issue'],
  },
  {
    channel: 'finance/markets',
    title: { vi: 'Thị trường chứng khoán', en: 'Stock market' },
    source: 'Ủy ban Chứng khoán Nhà nước',
    cadence: 'tick',
    expectedIntervalS: 30,
    areas: ['national'],
    metrics: {
      'vnindex.close': m('points', 'VN-Index', 'VN-Index'),
      'vnindex.change': m('%', 'VN-Index thay đổi', 'VN-Index change'),
      'hnxindex.close': m('points', 'HNX-Index', 'HNX-Index'),
      'hnxindex.change': m('%', 'HNX-Index thay đổi', 'HNX-Index change'),
      'hose.value': m('VND bn', 'Giá trị giao dịch HOSE', 'HOSE turnover'),
      'hnx.value': m('VND bn', 'Giá trị giao dịch HNX', 'HNX turnover'),
    },
    reportKinds: [],
  },
  {
    channel: 'finance/ratings',
    title: { vi: 'Xếp hạng tín nhiệm quốc gia', en: 'Sovereign credit ratings' },
    source: 'Bộ Tài chính',
    cadence: 'year',
    expectedIntervalS: 60,
    areas: ['national'],
    metrics: {
      'rating.moodys': m('notch', "Xếp hạng Moody's (bậc)", "Moody's rating (notch)"),
      'rating.sp': m('notch', 'Xếp hạng S&P (bậc)', 'S&P rating (notch)'),
      'rating.fitch': m('notch', 'Xếp hạng Fitch (bậc)', 'Fitch rating (notch)'),
      'obi.score': m('points', 'Chỉ số Công khai ngân sách (OBI)', 'Open Budget Index'),
    },
    reportKinds: ['rating'],
  },
  {
    channel: 'finance/budget',
    title: { vi: 'Ngân sách nhà nước', en: 'State budget' },
    source: 'Kho bạc Nhà nước (TABMIS)',
    cadence: 'month',
    expectedIntervalS: 60,
    areas: ['national'],
    metrics: {
      revenue: m('VND bn', 'Thu ngân sách', 'Budget revenue'),
      expenditure: m('VND bn', 'Chi ngân sách', 'Budget expenditure'),
      balance: m('VND bn', 'Bội chi (−) / thặng dư', 'Balance'),
      'revenue.pct-estimate': m('%', 'Thu so với dự toán', 'Revenue against estimate'),
      'expenditure.pct-estimate': m('%', 'Chi so với dự toán', 'Expenditure against estimate'),
    },
    reportKinds: [],
  },
  {
    channel: 'finance/public-debt',
    title: { vi: 'Nợ công', en: 'Public debt' },
    source: 'Bộ Tài chính',
    cadence: 'year',
    expectedIntervalS: 60,
    areas: ['national'],
    metrics: {
      'public-debt.pct-gdp': m('% GDP', 'Nợ công/GDP', 'Public debt to GDP'),
      'government-debt.pct-gdp': m('% GDP', 'Nợ Chính phủ/GDP', 'Government debt to GDP'),
      'foreign-debt.pct-gdp': m('% GDP', 'Nợ nước ngoài/GDP', 'External debt to GDP'),
    },
    reportKinds: [],
  },
  {
    channel: 'investment/public-disbursement',
    title: { vi: 'Giải ngân vốn đầu tư công', en: 'Public-investment disbursement' },
    source: 'Bộ Tài chính',
    cadence: 'day',
    expectedIntervalS: 60,
    areas: PROVINCES,
    metrics: {
      disbursed: m('VND bn', 'Vốn đã giải ngân', 'Disbursed'),
      plan: m('VND bn', 'Kế hoạch vốn', 'Plan'),
      'disbursed.pct-plan': m('%', 'Tỷ lệ giải ngân', 'Disbursed against plan'),
      'tenders.published': m('count', 'Gói thầu đăng tải (mua sắm công)', 'Tenders published (e-procurement)'),
    },
    reportKinds: [],
  },
  {
    channel: 'transport/key-projects',
    title: { vi: 'Dự án giao thông trọng điểm', en: 'Key transport projects' },
    source: 'Bộ Xây dựng',
    cadence: 'month',
    expectedIntervalS: 60,
    areas: PROVINCES,
    metrics: {
      'progress.*': m('%', 'Tiến độ thi công', 'Construction progress'),
      'disbursed.*': m('VND bn', 'Giải ngân dự án', 'Project disbursement'),
    },
    reportKinds: ['project-milestone'],
  },
  {
    channel: 'energy/electricity',
    title: { vi: 'Sản xuất điện', en: 'Electricity' },
    source: 'Tập đoàn Điện lực Việt Nam (EVN)',
    cadence: 'day',
    expectedIntervalS: 60,
    areas: ['national'],
    metrics: {
      output: m('GWh', 'Sản lượng điện', 'Electricity output'),
      'peak-load': m('MW', 'Công suất đỉnh', 'Peak load'),
      'source.hydro': m('GWh', 'Thủy điện', 'Hydro'),
      'source.coal': m('GWh', 'Nhiệt điện than', 'Coal'),
      'source.gas': m('GWh', 'Tua bin khí', 'Gas'),
      'source.renewable': m('GWh', 'Năng lượng tái tạo', 'Renewables'),
      'source.import': m('GWh', 'Nhập khẩu', 'Imports'),
      revenue: m('VND bn', 'Doanh thu', 'Revenue'),
    },
    reportKinds: [],
  },
  {
    channel: 'indicators/kt-xh',
    title: { vi: 'Chỉ tiêu kinh tế – xã hội', en: 'Socio-economic indicators' },
    source: 'Cục Thống kê',
    cadence: 'month',
    expectedIntervalS: 60,
    areas: PROVINCES,
    // One metric per indicator of the catalogue (src/domain/indicators), e.g. "kt-xh.gdp-growth".
    metrics: { 'kt-xh.*': { ...m('', 'Chỉ tiêu', 'Indicator'), member: indicatorMember } },
    reportKinds: [],
  },
];

export const CHANNELS: ReadonlyMap<string, ChannelSpec> = new Map(specs.map((spec) => [spec.channel, spec]));
export const CHANNEL_NAMES: readonly string[] = specs.map((spec) => spec.channel);

/** The spec of a metric on a channel: exact code first, then a "prefix.*" pattern. */
export function metricSpec(channel: ChannelSpec, metric: string): MetricSpec | undefined {
  // Own properties only: a metric called "constructor" is unknown, not Object's constructor.
  if (Object.hasOwn(channel.metrics, metric)) return channel.metrics[metric];
  for (const [pattern, spec] of Object.entries(channel.metrics)) {
    if (pattern.endsWith('.*') && metric.startsWith(pattern.slice(0, -1)) && metric.length > pattern.length - 1) return spec.member ? spec.member(metric) : spec;
  }
  return undefined;
}
