import type { GeoArea } from '../geo/index.js';
import type { WarningEvent } from '../generators/warning-events.js';
import { HOUR } from '../time.js';
import { viDateTime, viNumber } from './format.js';

const BEAUFORT_KMH: Record<number, string> = {
  6: '39–49', 7: '50–61', 8: '62–74', 9: '75–88', 10: '89–102', 11: '103–117', 12: '118–133', 13: '134–149', 14: '150–166',
};

const names = (areas: readonly GeoArea[]) => areas.map((area) => area.name).join(', ');

/** Where the system is after `hours`: it drifts west towards its landfall latitude. */
export function stormPosition(event: WarningEvent, hours: number): { lat: number; lon: number } {
  const { lat0 = 17, lon0 = 114, landfallLat = 17 } = event.params;
  const progress = Math.min(1, hours / Math.max(1, (event.endsAt - event.issuedAt) / HOUR));
  return { lat: lat0 + (landfallLat - lat0) * progress, lon: lon0 - (lon0 - 106.5) * progress };
}

/** Title and text (≤ 200 words) of a warning bulletin; `update` 0 is the first. */
export function warningText(event: WarningEvent, update: number, at: number, areas: readonly GeoArea[]): { title: string; text: string } {
  const when = viDateTime(at);
  const where = names(areas);
  const p = event.params;
  switch (event.kind) {
    case 'storm':
    case 'tropical-depression': {
      const hours = (at - event.issuedAt) / HOUR;
      const { lat, lon } = stormPosition(event, hours);
      const wind = Math.max(6, (p.wind ?? 8) + (update > 4 ? -1 : 0) - (update > 8 ? 1 : 0));
      const label = event.kind === 'storm' ? `bão số ${p.number ?? 1}` : 'áp thấp nhiệt đới';
      const title = event.kind === 'storm' ? `Tin bão số ${p.number ?? 1}${update > 0 ? ` (bản tin ${update + 1})` : ''}` : `Tin áp thấp nhiệt đới${update > 0 ? ` (bản tin ${update + 1})` : ''}`;
      const text =
        `Hồi ${when}, vị trí tâm ${label} ở vào khoảng ${viNumber(lat, 1)} độ Vĩ Bắc; ${viNumber(lon, 1)} độ Kinh Đông. ` +
        `Sức gió mạnh nhất vùng gần tâm mạnh cấp ${wind} (${BEAUFORT_KMH[wind] ?? '62–74'} km/h), giật cấp ${wind + 2}. ` +
        `Dự báo trong 24 giờ tới di chuyển chủ yếu theo hướng Tây Tây Bắc, mỗi giờ đi được 15–20 km. ` +
        `Vùng ven biển và đất liền chịu ảnh hưởng: ${where}. Cấp độ rủi ro thiên tai: cấp ${wind >= 12 ? 4 : 3}. ` +
        `Đề nghị các địa phương theo dõi chặt chẽ, hướng dẫn tàu thuyền vào nơi tránh trú an toàn.`;
      return { title, text };
    }
    case 'flood':
      return {
        title: `Cảnh báo lũ trên các sông tại ${areas[0]?.name ?? 'các tỉnh'}`,
        text: `Hồi ${when}, mực nước trên các sông tại ${where} đang lên. Trong 24 đến 48 giờ tới lũ tiếp tục lên, đỉnh lũ ở mức báo động ${update > 1 ? 2 : 1} đến báo động ${update > 1 ? 3 : 2}. Nguy cơ ngập lụt vùng trũng thấp ven sông, khu đô thị. Cấp độ rủi ro thiên tai do lũ: cấp ${update > 1 ? 2 : 1}.`,
      };
    case 'flash-flood':
    case 'landslide-risk': {
      const rain = p.rainMin ?? 40;
      return {
        title: event.kind === 'flash-flood' ? 'Cảnh báo lũ quét, sạt lở đất do mưa lớn' : 'Cảnh báo nguy cơ sạt lở đất, sụt lún đất',
        text: `Hồi ${when}, mưa lớn tại ${where}. Trong 6 giờ tới mưa tiếp tục với lượng ${rain}–${rain * 2} mm, có nơi trên ${rain * 3} mm. Nguy cơ cao xảy ra lũ quét trên các sông suối nhỏ, sạt lở đất trên sườn dốc. Cấp độ rủi ro thiên tai: cấp 1.`,
      };
    }
    case 'heat':
      return {
        title: 'Tin nắng nóng',
        text: `Từ ${when}, tại ${where} có nắng nóng, nhiệt độ cao nhất phổ biến 35–${p.tempMax ?? 38} độ C, có nơi trên ${p.tempMax ?? 38} độ C. Độ ẩm thấp nhất 45–55%. Nguy cơ cháy nổ, mất nước, say nắng do nhiệt độ cao. Cấp độ rủi ro thiên tai: cấp 1.`,
      };
    case 'cold':
      return {
        title: 'Tin không khí lạnh, rét đậm, rét hại',
        text: `Từ ${when}, không khí lạnh ảnh hưởng đến ${where}. Nhiệt độ thấp nhất phổ biến ${(p.tempMin ?? 8) + 3}–${(p.tempMin ?? 8) + 6} độ C, vùng núi cao dưới ${p.tempMin ?? 8} độ C, có nơi xảy ra băng giá, sương muối. Trên biển gió Đông Bắc mạnh cấp 6, giật cấp 8.`,
      };
    case 'earthquake':
      return {
        title: 'Tin động đất',
        text: `Hồi ${when}, xảy ra trận động đất có độ lớn ${viNumber((p.magnitude ?? 35) / 10, 1)} tại ${where}, độ sâu chấn tiêu khoảng ${p.depth ?? 10} km. Cấp độ rủi ro thiên tai: cấp 0. Không có khả năng gây sóng thần.`,
      };
  }
}
