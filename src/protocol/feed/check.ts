import { areaByCode, AQI_CITIES } from '../../domain/areas/index.js';
import { CHANNELS, metricSpec, type AreaScope, type ChannelSpec } from './channels.js';
import { envelopeSchema, FEED_LIMITS, type RejectionReason } from './messages.js';
import { observationSchema, reportSchema, type Observation, type Report } from './records.js';

export interface Rejection {
  reason: RejectionReason;
  detail: string;
  /** The offending item or message, as received (the hub truncates it for quarantine). */
  item: unknown;
}

export interface CheckedMessage {
  channel: string;
  seq: number;
  sentAt: string;
  expectedIntervalS: number | undefined;
  observations: Observation[];
  reports: Report[];
  retracted: string[];
  rejections: Rejection[];
}

export type CheckResult = { ok: true; message: CheckedMessage } | { ok: false; rejection: Rejection };

export interface CheckContext {
  /** Channels this hub subscribed to: anything else is unauthorised. */
  subscribed: ReadonlySet<string>;
  now: number;
}

/**
 * Checks a snapshot or batch at the hub's boundary: the envelope as a whole, then every item on its
 * own. A bad envelope rejects the message; a bad item is rejected alone and the rest still land.
 */
export function checkFeedMessage(raw: unknown, context: CheckContext): CheckResult {
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    return reject('malformed', `envelope: ${issue?.path.join('.') || '(root)'} ${issue?.message ?? ''}`.trim(), raw);
  }
  const message = envelope.data;
  const spec = CHANNELS.get(message.channel);
  if (!spec) return reject('unknown-channel', `no channel "${message.channel}"`, raw);
  if (!context.subscribed.has(message.channel)) return reject('unauthorised', `channel "${message.channel}" was not subscribed`, raw);
  const items = message.observations.length + message.reports.length;
  if (items > FEED_LIMITS.maxItemsPerMessage) return reject('oversized', `${items} items (at most ${FEED_LIMITS.maxItemsPerMessage})`, { channel: message.channel, seq: message.seq, items });
  if (Date.parse(message.sentAt) > context.now + FEED_LIMITS.maxClockSkewMs) return reject('future-timestamp', `sentAt ${message.sentAt} is in the future`, { channel: message.channel, seq: message.seq, sentAt: message.sentAt });

  const rejections: Rejection[] = [];
  const observations: Observation[] = [];
  for (const item of message.observations) {
    const result = checkObservation(item, spec, context.now);
    if ('rejection' in result) rejections.push(result.rejection);
    else observations.push(result.observation);
  }
  const reports: Report[] = [];
  for (const item of message.reports) {
    const result = checkReport(item, spec, context.now);
    if ('rejection' in result) rejections.push(result.rejection);
    else reports.push(result.report);
  }
  return {
    ok: true,
    message: {
      channel: message.channel,
      seq: message.seq,
      sentAt: message.sentAt,
      expectedIntervalS: message.expectedIntervalS,
      observations,
      reports,
      retracted: message.retracted,
      rejections,
    },
  };
}

function checkObservation(item: unknown, spec: ChannelSpec, now: number): { observation: Observation } | { rejection: Rejection } {
  const parsed = observationSchema.safeParse(item);
  if (!parsed.success) return { rejection: itemRejection('malformed', parsed.error.issues, item) };
  const observation = parsed.data;
  const metric = metricSpec(spec, observation.metric);
  if (!metric) return { rejection: { reason: 'unknown-metric', detail: `"${observation.metric}" is not a metric of ${spec.channel}`, item } };
  if (metric.unit !== '' && metric.unit !== observation.unit) {
    return { rejection: { reason: 'unit-mismatch', detail: `${observation.metric} is in ${metric.unit}, not ${observation.unit}`, item } };
  }
  if (!areaAllowed(observation.area, spec.areas)) return { rejection: { reason: 'area-not-allowed', detail: `${spec.channel} has no figures for area ${observation.area}`, item } };
  const future = futureTimestamp(observation, now);
  if (future) return { rejection: { reason: 'future-timestamp', detail: future, item } };
  return { observation };
}

function checkReport(item: unknown, spec: ChannelSpec, now: number): { report: Report } | { rejection: Rejection } {
  const parsed = reportSchema.safeParse(item);
  if (!parsed.success) return { rejection: itemRejection('malformed', parsed.error.issues, item) };
  const report = parsed.data;
  if (report.shape && !spec.reportShapes) return { rejection: { reason: 'malformed', detail: `shape: reports of ${spec.channel} carry no shape`, item } };
  if (!spec.reportKinds.includes(report.kind)) return { rejection: { reason: 'unknown-metric', detail: `"${report.kind}" is not a report kind of ${spec.channel}`, item } };
  if (!areaAllowed(report.area, spec.areas)) return { rejection: { reason: 'area-not-allowed', detail: `${spec.channel} has no reports for area ${report.area}`, item } };
  const future = futureTimestamp(report, now);
  if (future) return { rejection: { reason: 'future-timestamp', detail: future, item } };
  return { report };
}

function futureTimestamp(record: { reportedAt: string }, now: number): string | null {
  return Date.parse(record.reportedAt) > now + FEED_LIMITS.maxClockSkewMs ? `reportedAt ${record.reportedAt} is in the future` : null;
}

const AQI_AREAS = new Set(AQI_CITIES.flatMap((city) => [city.area, city.iso63]));

function areaAllowed(code: string, scopes: readonly AreaScope[]): boolean {
  const area = areaByCode(code);
  if (!area) return false;
  return scopes.some((scope) => {
    switch (scope) {
      case 'aqi-cities':
        return AQI_AREAS.has(code);
      default:
        return area.set === scope;
    }
  });
}

function itemRejection(reason: RejectionReason, issues: readonly { path: PropertyKey[]; message: string }[], item: unknown): Rejection {
  const detail = issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(item)'}: ${issue.message}`)
    .join('; ');
  return { reason, detail, item };
}

function reject(reason: RejectionReason, detail: string, item: unknown): CheckResult {
  return { ok: false, rejection: { reason, detail, item } };
}
