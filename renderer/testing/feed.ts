import type { Period } from '../../src/protocol/feed/provenance.js';
import type { DataBatch, DataLink, DataSnapshot, HeldObservation, HeldReport } from '../../src/protocol/wall/index.js';

/** A traffic/accidents figure for one day, provisional, as the hub would hold it. Override what matters. */
export function figure(overrides: Partial<HeldObservation> = {}): HeldObservation {
  return {
    metric: 'deaths',
    area: 'VN',
    unit: 'persons',
    value: 21,
    period: { frequency: 'day', start: '2026-11-21', end: '2026-11-21' },
    cutOff: '2026-11-22T00:00:00+07:00',
    source: 'Ủy ban An toàn giao thông Quốc gia',
    reportedAt: '2026-11-22T07:30:00+07:00',
    status: 'provisional',
    revision: 0,
    receivedAt: '2026-11-22T00:30:05.000Z',
    ...overrides,
  };
}

/** The same for the given civil day ("2026-11-20"), cut off at its end and reported at 07:30 the next morning. */
export function dayFigure(day: string, value: number, overrides: Partial<HeldObservation> = {}): HeldObservation {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  const nextDay = next.toISOString().slice(0, 10);
  const period: Period = { frequency: 'day', start: day, end: day };
  return figure({ value, period, cutOff: `${nextDay}T00:00:00+07:00`, reportedAt: `${nextDay}T07:30:00+07:00`, receivedAt: `${nextDay}T00:30:05.000Z`, ...overrides });
}

export function report(overrides: Partial<HeldReport> = {}): HeldReport {
  return {
    id: 'acc-1',
    kind: 'serious-accident',
    area: 'VN34-01',
    title: 'Tai nạn nghiêm trọng',
    text: 'Hai xe khách va chạm.',
    occurredAt: '2026-11-22T06:10:00+07:00',
    period: { frequency: 'instant', start: '2026-11-22T06:10:00+07:00', end: '2026-11-22T06:10:00+07:00' },
    cutOff: '2026-11-22T06:10:00+07:00',
    source: 'Ủy ban An toàn giao thông Quốc gia',
    reportedAt: '2026-11-22T07:10:00+07:00',
    status: 'provisional',
    revision: 0,
    receivedAt: '2026-11-22T00:10:05.000Z',
    ...overrides,
  };
}

export function snapshot(channel: string, seq: number, observations: HeldObservation[], extra: Partial<DataSnapshot> = {}): DataSnapshot {
  return { epoch: 'run-1', channel, seq, observations, reports: [], ...extra };
}

export function batch(channel: string, seq: number, observations: HeldObservation[], extra: Partial<DataBatch> = {}): DataBatch {
  return { epoch: 'run-1', channel, seq, observations, reports: [], retracted: [], ...extra };
}

/** A data:link with the upstream connected and the given channels confirmed at `confirmedAt` (ISO). */
export function link(channels: Record<string, string | null>, upstream: DataLink['upstream'] = { state: 'connected', since: '2026-11-22T00:00:00.000Z' }, expectedIntervalS = 60): DataLink {
  return { upstream, channels: Object.fromEntries(Object.entries(channels).map(([channel, confirmedAt]) => [channel, { confirmedAt, expectedIntervalS }])) };
}

/** The hour ending at `end` (ISO, +07:00) as a feed period. */
export function hourPeriod(end: string): Period {
  const to = Date.parse(end);
  return { frequency: 'hour', start: new Date(to - 3_600_000).toISOString(), end: new Date(to).toISOString() };
}

/** Hourly concentration figures (environment/aqi) of one metric and area, one per value, the last hour ending at `lastEnd`. */
export function hourlyFigures(metric: string, area: string, values: readonly (number | null)[], lastEnd: string): HeldObservation[] {
  const last = Date.parse(lastEnd);
  return values.flatMap((value, i) => {
    if (value === null) return [];
    const period = hourPeriod(new Date(last - (values.length - 1 - i) * 3_600_000).toISOString());
    return [figure({ metric, area, unit: 'µg/m³', value, period, cutOff: period.end, source: 'Bộ Nông nghiệp và Môi trường', status: 'provisional', reportedAt: period.end, receivedAt: period.end })];
  });
}
