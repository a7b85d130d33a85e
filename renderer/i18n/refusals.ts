import { CONNECT_REFUSALS, type ConnectRefusalCode } from '../../src/protocol/errors.js';

/** A refusal reason in both languages: the people who fix a refused screen may read either. */
export interface BilingualText {
  vi: string;
  en: string;
}

const wall: Record<ConnectRefusalCode, BilingualText> = {
  'auth.missing': {
    vi: 'Màn hình chưa có thông tin xác thực',
    en: 'No display credential — open the page with #key=<id:secret> or check the shell config',
  },
  'auth.invalid': {
    vi: 'Thông tin xác thực của màn hình không hợp lệ',
    en: 'Display credential rejected — check the room config',
  },
  'auth.rate-limited': {
    vi: 'Quá nhiều lần xác thực sai từ địa chỉ này; đang chờ để thử lại',
    en: 'Too many failed attempts from this address — waiting before retrying',
  },
  'auth.forbidden': {
    vi: 'Thông tin xác thực này không có quyền hiển thị (vai trò wall)',
    en: 'This credential lacks the wall role — check the room config',
  },
  'display.unknown': {
    vi: 'Bố cục đang dùng không có màn hình với mã này',
    en: 'The active layout has no display with this id — check the display id',
  },
  'auth.barred': {
    vi: 'Thông tin xác thực này đã bị quản trị viên khóa',
    en: 'This credential has been barred by an administrator',
  },
};

const consoleTexts: Record<ConnectRefusalCode, BilingualText> = {
  'auth.missing': { vi: 'Chưa nhập thông tin xác thực', en: 'No credential was given' },
  'auth.invalid': { vi: 'Thông tin xác thực không đúng', en: 'The credential was not accepted' },
  'auth.rate-limited': {
    vi: 'Quá nhiều lần đăng nhập sai từ địa chỉ này; hãy chờ rồi thử lại',
    en: 'Too many failed attempts from this address; wait and try again',
  },
  'auth.forbidden': {
    vi: 'Thông tin xác thực này không có quyền xem bảng điều khiển',
    en: 'This credential may not view the console (viewer, operator, presenter or admin role needed)',
  },
  'display.unknown': { vi: 'Hub không nhận ra màn hình này', en: 'The hub does not know this display' },
  'auth.barred': { vi: 'Thông tin xác thực này đã bị quản trị viên khóa', en: 'This credential has been barred by an administrator' },
};

/** Why a console was signed out by the hub, in both languages. */
export const SIGN_IN_ENDED: Record<'expired' | 'revoked' | 'barred', BilingualText> = {
  expired: { vi: 'Phiên đăng nhập đã hết hạn vì không thao tác; hãy đăng nhập lại', en: 'Signed out after a while without activity; sign in again' },
  revoked: { vi: 'Quản trị viên đã kết thúc lần đăng nhập này', en: 'An administrator ended this sign-in' },
  barred: { vi: 'Thông tin xác thực này đã bị quản trị viên khóa', en: 'This credential has been barred by an administrator' },
};

/** The reason in both languages; a code this build does not know (a newer hub) shows the hub's own message. */
export function refusalText(refusal: { code: string; message: string }, app: 'wall' | 'console'): BilingualText {
  if (Object.hasOwn(CONNECT_REFUSALS, refusal.code)) return (app === 'wall' ? wall : consoleTexts)[refusal.code as ConnectRefusalCode];
  return { vi: `Hub từ chối kết nối (${refusal.code})`, en: refusal.message || `The hub refused the connection (${refusal.code})` };
}
