import type { Words } from '../../i18n/words.js';

type Key = 'vnindex' | 'hnxindex' | 'turnover' | 'versus' | 'pre-open' | 'opening-auction' | 'continuous' | 'lunch' | 'closing-auction' | 'closed' | 'weekend' | 'no-trade' | 'chart';

export const WORDS: Words<Key> = {
  vi: {
    vnindex: 'VN-Index',
    hnxindex: 'HNX-Index',
    turnover: 'Giá trị giao dịch {value} tỷ đồng',
    versus: 'so với giá đóng cửa {date}',
    'pre-open': 'Chưa mở cửa',
    'opening-auction': 'Phiên mở cửa (ATO)',
    continuous: 'Đang giao dịch',
    lunch: 'Nghỉ trưa',
    'closing-auction': 'Phiên đóng cửa (ATC)',
    closed: 'Đã đóng cửa',
    weekend: 'Nghỉ cuối tuần',
    'no-trade': 'Không có giao dịch hôm nay',
    chart: '{index} trong phiên {date}, theo phút; giá trị giao dịch theo 15 phút',
  },
  en: {
    vnindex: 'VN-Index',
    hnxindex: 'HNX-Index',
    turnover: 'Turnover VND {value} bn',
    versus: 'against the close of {date}',
    'pre-open': 'Not yet open',
    'opening-auction': 'Opening auction (ATO)',
    continuous: 'Trading',
    lunch: 'Lunch break',
    'closing-auction': 'Closing auction (ATC)',
    closed: 'Closed',
    weekend: 'Weekend',
    'no-trade': 'No trading today',
    chart: '{index} on {date} by minute; turnover by quarter hour',
  },
};
