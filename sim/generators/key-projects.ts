import type { ReportingPeriod } from '../../src/domain/reporting-period.js';
import { areaContaining, GEO_NATIONAL } from '../geo/index.js';
import { ChannelModel } from '../model/channel-model.js';
import { reportingStamp, SlotBuilder } from '../model/items.js';
import { cutOffDay, reportingPeriodOfSlot, reportingSchedule } from '../model/schedules.js';
import { round, uniform } from '../prng.js';
import { viNumber } from '../text/format.js';
import { dayOfCivil, dayStart, HOUR, isoInstant } from '../time.js';
import type { GeneratorContext } from './context.js';

/**
 * transport/key-projects — construction progress (%) and cumulative disbursement (VND bn) of key
 * transport projects, per monthly reporting period, published two days after the cut-off (the 16th,
 * provisional), for the province of the project ("VN" for those across many provinces); a
 * "project-milestone" report when a project passes 25, 50, 75 or 100 %. Investment totals and dates
 * approximate the public record (example data); each project runs late by a seeded amount.
 * Snapshot: the last 24 reporting months.
 */
interface Project {
  id: string;
  name: string;
  iso63: string | null;
  total: number;
  start: [number, number];
  end: [number, number];
}

export const PROJECTS: readonly Project[] = [
  { id: 'bac-nam-dong', name: 'Cao tốc Bắc – Nam phía Đông giai đoạn 2021–2025', iso63: null, total: 146_990, start: [2023, 1], end: [2025, 12] },
  { id: 'long-thanh', name: 'Cảng hàng không quốc tế Long Thành', iso63: 'VN-39', total: 109_111, start: [2021, 1], end: [2026, 6] },
  { id: 'vanh-dai-3-hcm', name: 'Đường Vành đai 3 TP Hồ Chí Minh', iso63: 'VN-SG', total: 75_378, start: [2023, 6], end: [2026, 6] },
  { id: 'vanh-dai-4-hn', name: 'Đường Vành đai 4 – Vùng Thủ đô Hà Nội', iso63: 'VN-HN', total: 85_813, start: [2023, 6], end: [2027, 6] },
  { id: 'bien-hoa-vung-tau', name: 'Cao tốc Biên Hòa – Vũng Tàu', iso63: 'VN-39', total: 17_837, start: [2023, 6], end: [2026, 6] },
  { id: 'khanh-hoa-bmt', name: 'Cao tốc Khánh Hòa – Buôn Ma Thuột', iso63: 'VN-34', total: 21_935, start: [2023, 6], end: [2026, 12] },
  { id: 'chau-doc-can-tho-soc-trang', name: 'Cao tốc Châu Đốc – Cần Thơ – Sóc Trăng', iso63: 'VN-CT', total: 44_691, start: [2023, 6], end: [2027, 6] },
  { id: 'duong-sat-lao-cai-hai-phong', name: 'Đường sắt Lào Cai – Hà Nội – Hải Phòng', iso63: null, total: 203_231, start: [2025, 12], end: [2030, 12] },
];

function progressAt(seed: number, project: Project, day: number): number {
  const start = dayOfCivil({ year: project.start[0], month: project.start[1], day: 1 });
  const planned = dayOfCivil({ year: project.end[0], month: project.end[1], day: 28 }) - start;
  const length = planned * (0.95 + 0.3 * uniform(seed, 'project|delay', project.id));
  const x = Math.min(1, Math.max(0, (day - start) / length));
  return round(100 * x * x * (3 - 2 * x), 1);
}

export function createKeyProjects({ seed, spec }: GeneratorContext): ChannelModel {
  const build = (period: ReportingPeriod) => {
    const builder = new SlotBuilder(spec);
    const last = cutOffDay(period);
    const previousLast = cutOffDay(reportingPeriodOfSlot('month', period.year * 12 + period.index - 2));
    const stamp = reportingStamp(period);
    const at = dayStart(last + 2) + 10 * HOUR;
    for (const project of PROJECTS) {
      const started = dayOfCivil({ year: project.start[0], month: project.start[1], day: 1 });
      const progress = progressAt(seed, project, last);
      const before = progressAt(seed, project, previousLast);
      if (last < started || (before >= 100 && progress >= 100)) continue;
      const area = project.iso63 ? areaContaining(project.iso63, last) : GEO_NATIONAL;
      builder.observe({ at }, stamp, `progress.${project.id}`, area.code, progress);
      builder.observe({ at }, stamp, `disbursed.${project.id}`, area.code, round(project.total * (progress / 100) ** 0.85 * 0.97, 1));
      const milestone = [25, 50, 75, 100].find((mark) => before < mark && progress >= mark);
      if (milestone !== undefined) {
        builder.report(
          { at },
          {
            id: `milestone-${project.id}-${milestone}`,
            kind: 'project-milestone',
            area: area.code,
            title: `${project.name}: đạt ${milestone}% khối lượng`,
            text: `Đến ngày chốt số liệu, dự án ${project.name} (tổng mức đầu tư ${viNumber(project.total)} tỷ đồng) đã hoàn thành khoảng ${viNumber(progress, 1)}% khối lượng${milestone === 100 ? ', đủ điều kiện đưa vào khai thác' : ''}. Chủ đầu tư tiếp tục huy động nhân lực, thiết bị thi công "3 ca, 4 kíp", tháo gỡ vướng mắc về mặt bằng và nguồn vật liệu.`,
            occurredAt: isoInstant(dayStart(last + 1)),
            severity: 'info',
            location: { lat: area.lat, lon: area.lon, place: area.name },
            facts: { 'progress-pct': progress },
            ...stamp,
          },
        );
      }
    }
    return builder.done();
  };
  return new ChannelModel(spec, [reportingSchedule({ frequency: 'month', lagSlots: 1, firstSlot: (current) => current - 24, build })], 40);
}
