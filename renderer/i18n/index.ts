/**
 * The renderers' message catalogue: Vietnamese first, English available. Keyed by the layout's locale.
 * Messages with `{name}` placeholders take their values from `vars`.
 */
export type Locale = 'vi-VN' | 'en-GB';
export type Language = 'vi' | 'en';

const vi = {
  'app.name': 'OpsWall',
  'wall.connecting': 'Đang kết nối tới hub…',
  'wall.display': 'Màn hình',
  'wall.noDisplay': 'Chưa chỉ định màn hình: mở trang với ?display=<mã màn hình>',
  'wall.shellFailed': 'Ứng dụng không cho cửa sổ này biết nó là màn hình nào; cần kiểm tra cấu hình phòng',
  'wall.retryIn': 'Thử lại lúc {time}',
  'wall.renderError': 'Màn hình gặp lỗi hiển thị; sẽ thử lại khi hub gửi bố cục mới',
  'conn.connected': 'Đã kết nối',
  'conn.connecting': 'Đang kết nối…',
  'conn.reconnecting': 'Mất kết nối từ {time} · đang kết nối lại',
  'conn.refused': 'Hub từ chối kết nối',
  'panel.error': 'Lỗi bảng',
  'panel.unknownKind': 'Loại bảng chưa được hỗ trợ',
  'panel.unknownKindHint': 'Màn hình này chưa hiển thị được loại bảng này (hub mới hơn màn hình?); cần cập nhật OpsWall.',
  'panel.badOptions': 'Tùy chọn của bảng không hợp lệ',
  'tone.info': 'Thông tin',
  'tone.warning': 'Cảnh báo',
  'tone.critical': 'Khẩn',
  'clock.cutOff': 'Chốt số liệu: {date}',
  'clock.daysLeft': 'còn {days} ngày',
  'clock.dayLeft': 'còn {days} ngày',
  'clock.cutOffToday': 'hôm nay chốt số liệu',
  'clock.periodsTitle': 'Kỳ báo cáo (Nghị định 09/2019/NĐ-CP)',
  'console.title': 'Bảng điều khiển phòng điều hành',
  'console.signIn': 'Đăng nhập',
  'console.signOut': 'Đăng xuất',
  'console.credential': 'Thông tin xác thực (mã:bí mật)',
  'console.credentialHint': 'Chỉ lưu trong thẻ trình duyệt này; đóng thẻ là hết phiên.',
  'console.badCredentialFormat': 'Thông tin xác thực phải có dạng mã:bí mật',
  'console.hub': 'Hub',
  'console.version': 'Phiên bản',
  'console.uptime': 'Thời gian chạy',
  'console.upstream': 'Nguồn dữ liệu quốc gia',
  'upstream.connected': 'Đã kết nối',
  'upstream.connecting': 'Đang kết nối',
  'upstream.down': 'Mất kết nối từ {time}',
  'upstream.not-configured': 'Chưa cấu hình',
  'console.layout': 'Bố cục đang dùng',
  'console.layoutVersion': 'phiên bản {version}',
  'console.you': 'Người dùng',
  'console.displays': 'Màn hình',
  'console.connectedCount': '{connected}/{total} màn hình đang kết nối',
  'console.waiting': 'Đang chờ trạng thái phòng từ hub…',
  'console.connectionLost': 'Mất kết nối tới hub từ {time}; số liệu dưới đây có thể đã cũ. Đang kết nối lại…',
  'console.otherDisplays': 'Màn hình khác',
  'tile.connected': 'Đã kết nối',
  'tile.dark': 'MẤT KẾT NỐI',
  'tile.darkSince': 'mất từ {time}',
  'tile.connectedSince': 'kết nối từ {time}',
  'tile.neverSeen': 'chưa từng kết nối',
  'tile.connections': '{count} kết nối',
  'tile.duplicate': 'hiển thị trùng',
  'tile.fps': 'FPS',
  'tile.heap': 'Bộ nhớ JS',
  'tile.errors': 'Lỗi',
  'tile.layoutVersion': 'Phiên bản bố cục',
  'tile.layoutMatches': 'khớp',
  'tile.layoutDiffers': 'khác bố cục đang dùng',
  'tile.viewport': 'Độ phân giải',
  'tile.noHealth': 'Chưa có báo cáo sức khỏe',
  'tile.healthAt': 'báo cáo {ago}',
  'time.secondsAgo': '{n} giây trước',
  'time.minutesAgo': '{n} phút trước',
  'time.hoursAgo': '{n} giờ trước',
  'time.daysAgo': '{n} ngày trước',
  'language.switch': 'English',
} as const;

type MessageKey = keyof typeof vi;

const en: Record<MessageKey, string> = {
  'app.name': 'OpsWall',
  'wall.connecting': 'Connecting to the hub…',
  'wall.display': 'Display',
  'wall.noDisplay': 'No display chosen: open this page with ?display=<display id>',
  'wall.shellFailed': 'The shell did not tell this window which display it is — check the room config',
  'wall.retryIn': 'Retrying at {time}',
  'wall.renderError': 'This display hit a rendering error; it will try again when the hub sends a new layout',
  'conn.connected': 'Connected',
  'conn.connecting': 'Connecting…',
  'conn.reconnecting': 'Disconnected since {time} · reconnecting',
  'conn.refused': 'The hub refused the connection',
  'panel.error': 'Panel error',
  'panel.unknownKind': 'Unsupported panel kind',
  'panel.unknownKindHint': 'This display cannot show this kind of panel (a hub newer than the display?); update OpsWall.',
  'panel.badOptions': 'Invalid panel options',
  'tone.info': 'Information',
  'tone.warning': 'Warning',
  'tone.critical': 'Critical',
  'clock.cutOff': 'Cut-off: {date}',
  'clock.daysLeft': '{days} days left',
  'clock.dayLeft': '{days} day left',
  'clock.cutOffToday': 'cut-off today',
  'clock.periodsTitle': 'Reporting periods (Decree 09/2019)',
  'console.title': 'Operations room console',
  'console.signIn': 'Sign in',
  'console.signOut': 'Sign out',
  'console.credential': 'Credential (id:secret)',
  'console.credentialHint': 'Kept in this browser tab only; closing the tab ends the session.',
  'console.badCredentialFormat': 'A credential looks like id:secret',
  'console.hub': 'Hub',
  'console.version': 'Version',
  'console.uptime': 'Uptime',
  'console.upstream': 'National data feed',
  'upstream.connected': 'Connected',
  'upstream.connecting': 'Connecting',
  'upstream.down': 'Down since {time}',
  'upstream.not-configured': 'Not configured',
  'console.layout': 'Active layout',
  'console.layoutVersion': 'version {version}',
  'console.you': 'Signed in as',
  'console.displays': 'Displays',
  'console.connectedCount': '{connected}/{total} displays connected',
  'console.waiting': 'Waiting for the room status from the hub…',
  'console.connectionLost': 'Lost the hub connection at {time}; what you see may be out of date. Reconnecting…',
  'console.otherDisplays': 'Other displays',
  'tile.connected': 'Connected',
  'tile.dark': 'DARK',
  'tile.darkSince': 'since {time}',
  'tile.connectedSince': 'connected since {time}',
  'tile.neverSeen': 'never connected',
  'tile.connections': '{count} connections',
  'tile.duplicate': 'shown twice',
  'tile.fps': 'FPS',
  'tile.heap': 'JS heap',
  'tile.errors': 'Errors',
  'tile.layoutVersion': 'Layout version',
  'tile.layoutMatches': 'matches',
  'tile.layoutDiffers': 'differs from the active layout',
  'tile.viewport': 'Viewport',
  'tile.noHealth': 'No health report yet',
  'tile.healthAt': 'reported {ago}',
  'time.secondsAgo': '{n} s ago',
  'time.minutesAgo': '{n} min ago',
  'time.hoursAgo': '{n} h ago',
  'time.daysAgo': '{n} d ago',
  'language.switch': 'Tiếng Việt',
};

const catalogue: Record<Locale, Record<MessageKey, string>> = { 'vi-VN': vi, 'en-GB': en };

export type { MessageKey };

export function languageOf(locale: Locale): Language {
  return locale === 'vi-VN' ? 'vi' : 'en';
}

export function isLocale(value: unknown): value is Locale {
  return value === 'vi-VN' || value === 'en-GB';
}

export function t(locale: Locale, key: MessageKey, vars?: Readonly<Record<string, string | number>>): string {
  const template = catalogue[locale][key];
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
