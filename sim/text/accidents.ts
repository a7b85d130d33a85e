import type { GeoArea, Region } from '../geo/index.js';
import { between, pick, type Rng } from '../prng.js';
import { viDateTime, viNumber, limitWords } from './format.js';

const ROADS: Record<Region, readonly string[]> = {
  mountains: ['Quốc lộ 6', 'Quốc lộ 2', 'Quốc lộ 3', 'Quốc lộ 279', 'Quốc lộ 4D', 'cao tốc Nội Bài – Lào Cai'],
  'red-river': ['Quốc lộ 5', 'Quốc lộ 1', 'Quốc lộ 10', 'cao tốc Hà Nội – Hải Phòng', 'Quốc lộ 21', 'Quốc lộ 18'],
  'north-central': ['Quốc lộ 1', 'Quốc lộ 7', 'Quốc lộ 8', 'đường Hồ Chí Minh', 'cao tốc Bắc – Nam phía Đông'],
  'south-central': ['Quốc lộ 1', 'Quốc lộ 19', 'Quốc lộ 14E', 'cao tốc Đà Nẵng – Quảng Ngãi', 'Quốc lộ 27'],
  highlands: ['Quốc lộ 14', 'Quốc lộ 19', 'Quốc lộ 26', 'Quốc lộ 20', 'Quốc lộ 28'],
  southeast: ['Quốc lộ 13', 'Quốc lộ 51', 'Quốc lộ 22', 'cao tốc TP Hồ Chí Minh – Long Thành – Dầu Giây', 'Quốc lộ 1K'],
  mekong: ['Quốc lộ 1', 'Quốc lộ 91', 'Quốc lộ 80', 'Quốc lộ 60', 'cao tốc TP Hồ Chí Minh – Trung Lương', 'Quốc lộ 50'],
};
const HEAVY = ['xe khách', 'xe tải', 'xe container', 'xe đầu kéo', 'xe ben'];
const LIGHT = ['xe con', 'xe máy', 'xe bán tải', 'xe tải nhẹ'];
const CAUSES = [
  'lấn làn khi vượt xe',
  'không giữ khoảng cách an toàn',
  'chạy quá tốc độ quy định',
  'người điều khiển có nồng độ cồn',
  'mất lái khi xuống dốc',
  'không chú ý quan sát',
  'hệ thống phanh gặp sự cố',
  'buồn ngủ khi điều khiển phương tiện',
];

export function roadIn(next: Rng, area: GeoArea): string {
  return pick(next, ROADS[area.region]);
}

/** 3.1: an especially serious accident — place, time, description, consequences, preliminary cause (≤ 100 words). */
export function seriousAccidentText(next: Rng, area: GeoArea, at: number, deaths: number, injured: number): { title: string; text: string; road: string } {
  const road = roadIn(next, area);
  const km = `Km ${between(next, 10, 1800)}+${between(next, 0, 9)}00`;
  const heavy = pick(next, HEAVY);
  const light = pick(next, LIGHT);
  const cause = pick(next, CAUSES);
  const text =
    `Khoảng ${viDateTime(at)}, tại ${km} ${road} thuộc địa phận ${area.name}, ${heavy} va chạm với ${light} đi ngược chiều. ` +
    `Hậu quả: ${deaths} người chết, ${injured} người bị thương được đưa đi cấp cứu; hai phương tiện hư hỏng nặng, giao thông qua khu vực ùn tắc cục bộ. ` +
    `Nguyên nhân ban đầu: ${cause}. Cơ quan chức năng đang khám nghiệm hiện trường, điều tra làm rõ.`;
  return { title: `Tai nạn đặc biệt nghiêm trọng trên ${road} (${area.name})`, text: limitWords(text, 100), road };
}

export interface Hotspot {
  iso63: string;
  place: string;
}

export const CONGESTION_HOTSPOTS: readonly Hotspot[] = [
  { iso63: 'VN-HN', place: 'cao tốc Pháp Vân – Cầu Giẽ, chiều về Hà Nội' },
  { iso63: 'VN-HN', place: 'đường Vành đai 3 trên cao, đoạn Thanh Xuân' },
  { iso63: 'VN-SG', place: 'cửa ngõ sân bay Tân Sơn Nhất, đường Trường Sơn' },
  { iso63: 'VN-SG', place: 'nút giao Cát Lái, đường Nguyễn Thị Định' },
  { iso63: 'VN-46', place: 'cao tốc TP Hồ Chí Minh – Trung Lương, chiều về TP Hồ Chí Minh' },
  { iso63: 'VN-39', place: 'Quốc lộ 51, đoạn qua Long Thành' },
  { iso63: 'VN-50', place: 'cầu Rạch Miễu, Quốc lộ 60' },
  { iso63: 'VN-61', place: 'Quốc lộ 5, đoạn qua Hải Dương' },
  { iso63: 'VN-35', place: 'đèo Bảo Lộc, Quốc lộ 20' },
  { iso63: 'VN-57', place: 'Quốc lộ 13, đoạn qua Thuận An' },
  { iso63: 'VN-63', place: 'Quốc lộ 1, đoạn qua Phủ Lý' },
  { iso63: 'VN-13', place: 'cao tốc Hạ Long – Vân Đồn' },
];

/** 3.2: serious congestion — place, length of road affected, duration (≤ 50 words). */
export function congestionText(spot: Hotspot, area: GeoArea, from: number, minutes: number | null, km: number, cause: string): { title: string; text: string } {
  const lasting = minutes === null ? 'Lực lượng cảnh sát giao thông đang phân luồng, điều tiết.' : `Thời gian ùn tắc khoảng ${Math.floor(minutes / 60)} giờ ${minutes % 60} phút; giao thông đã trở lại bình thường.`;
  const text = `Từ ${viDateTime(from)}, ùn tắc kéo dài khoảng ${viNumber(km, 1)} km trên ${spot.place} (${area.name}) do ${cause}. ${lasting}`;
  return { title: `Ùn tắc nghiêm trọng: ${spot.place}`, text: limitWords(text, 50) };
}

export const CONGESTION_CAUSES = ['va chạm giữa hai xe con', 'xe tải chết máy giữa làn', 'lưu lượng phương tiện tăng cao', 'thi công mặt đường', 'va chạm liên hoàn giữa ba xe'];

const HOT_TOPICS: readonly ((next: Rng, area: GeoArea) => { title: string; text: string })[] = [
  (next, area) => ({
    title: 'Xử lý vi phạm nồng độ cồn',
    text: `Trong ngày, lực lượng Cảnh sát giao thông trên toàn quốc phát hiện, xử lý ${viNumber(between(next, 900, 2400))} trường hợp vi phạm nồng độ cồn, tạm giữ ${viNumber(between(next, 500, 1500))} phương tiện. Tại ${area.name}, nhiều tài xế xe tải, xe khách bị phát hiện có nồng độ cồn vượt mức cao nhất. Dư luận đồng tình với việc kiểm tra xuyên suốt, không có vùng cấm, không có ngoại lệ; một số ý kiến đề nghị tăng cường kiểm tra vào buổi tối và tại các tuyến đường liên xã.`,
  }),
  (next, area) => ({
    title: 'Học sinh điều khiển xe máy khi chưa đủ tuổi',
    text: `Báo chí phản ánh tình trạng học sinh chưa đủ tuổi điều khiển xe máy, xe máy điện đến trường tại ${area.name}, nhiều em không đội mũ bảo hiểm, chở quá số người quy định. Trong tuần, lực lượng chức năng đã lập biên bản ${between(next, 40, 160)} trường hợp và thông báo về nhà trường, gia đình. Ủy ban An toàn giao thông Quốc gia đề nghị các địa phương phối hợp với ngành giáo dục tăng cường tuyên truyền và xử lý nghiêm phụ huynh giao xe cho con.`,
  }),
  (next, area) => ({
    title: 'Xe quá tải làm hư hỏng đường',
    text: `Nhiều tuyến đường tại ${area.name} bị hư hỏng, lún vệt bánh xe do xe chở vật liệu xây dựng quá tải trọng. Qua kiểm tra tải trọng trong ngày, lực lượng chức năng phát hiện ${between(next, 12, 60)} xe vi phạm, có xe chở vượt trên 100% tải trọng cho phép. Người dân đề nghị xử lý cả chủ hàng, chủ mỏ và đơn vị kinh doanh vận tải, đồng thời công khai kết quả xử lý.`,
  }),
  (next, area) => ({
    title: 'Tốc độ trên các tuyến cao tốc hai làn xe',
    text: `Dư luận tiếp tục quan tâm đến an toàn giao thông trên các tuyến cao tốc hai làn xe không có dải phân cách cứng, trong đó có đoạn qua ${area.name}. Từ đầu năm đã xảy ra ${between(next, 8, 30)} vụ tai nạn nghiêm trọng do lấn làn, vượt ẩu. Bộ Xây dựng đang chỉ đạo lắp đặt dải phân cách mềm, bổ sung biển báo và camera giám sát tốc độ; các chuyên gia kiến nghị sớm đầu tư mở rộng lên bốn làn xe.`,
  }),
  (next, area) => ({
    title: 'Vi phạm tại đường ngang đường sắt',
    text: `Tại ${area.name} vừa xảy ra thêm ${between(next, 1, 3)} vụ va chạm giữa tàu hỏa với xe máy tại lối đi tự mở. Cả nước hiện còn hàng nghìn lối đi tự mở cắt ngang đường sắt, nhiều điểm không có cảnh báo. Ngành đường sắt đề nghị chính quyền địa phương rà soát, rào chắn, thu hẹp các lối đi tự mở và bố trí người cảnh giới tại các điểm nguy hiểm.`,
  }),
];

/** 5: another hot issue in the media (≤ 200 words). */
export function hotIssueText(next: Rng, area: GeoArea): { title: string; text: string } {
  const issue = pick(next, HOT_TOPICS)(next, area);
  return { title: issue.title, text: limitWords(issue.text, 200) };
}
