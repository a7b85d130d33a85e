import type { ReportsOptions } from '../../../src/layout/panel-kinds/reports.js';
import type { HeldReport } from '../../../src/protocol/wall/index.js';
import type { ChannelData } from '../../state/wall/feed-data.js';

export const SEVERITY_ORDER = ['info', 'minor', 'moderate', 'severe', 'extreme'] as const;
const rank = (severity: HeldReport['severity']) => SEVERITY_ORDER.indexOf(severity ?? 'info');

export interface ShownReport {
  channel: string;
  report: HeldReport;
}

/**
 * The reports a panel shows, newest first (by when they happened, then when they were reported): of its
 * channels, of its kinds, at least as grave as asked. A report whose period has ended (a warning lifted
 * late, a congestion cleared) still shows until it is withdrawn or pushed out by newer ones.
 */
export function shownReports(channels: readonly (ChannelData | null)[], names: readonly string[], options: Pick<ReportsOptions, 'kinds' | 'minSeverity'>): ShownReport[] {
  const kinds = options.kinds ? new Set(options.kinds) : null;
  const least = SEVERITY_ORDER.indexOf(options.minSeverity);
  const shown: ShownReport[] = [];
  channels.forEach((data, index) => {
    for (const report of data?.reports.values() ?? []) {
      if (kinds && !kinds.has(report.kind)) continue;
      if (rank(report.severity) < least) continue;
      shown.push({ channel: names[index]!, report });
    }
  });
  const at = (text: string) => Date.parse(text) || 0;
  return shown.sort((a, b) => at(b.report.occurredAt) - at(a.report.occurredAt) || at(b.report.reportedAt) - at(a.report.reportedAt) || a.report.id.localeCompare(b.report.id));
}

/** A media URL a wall may load: the hub's own copies only (never another origin, never a data: URL from a feed). */
export function isHubMedia(url: string): boolean {
  return /^\/media\/[0-9a-f]{64}\.(png|jpg|webp|mp4|webm)$/.test(url);
}
