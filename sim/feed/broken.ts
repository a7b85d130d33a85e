import type { ChannelSpec } from '../../src/protocol/feed/index.js';
import { instantStamp } from '../model/items.js';

/**
 * Broken items for the "malformed" fault: each one fails the protocol's item schema in its own way,
 * so the hub must reject it alone and keep the good items of the same batch.
 */
const BREAKERS: readonly ((item: Record<string, unknown>) => Record<string, unknown>)[] = [
  (item) => ({ ...item, value: String(item.value) }),
  (item) => {
    const { unit: _unit, ...rest } = item;
    return rest;
  },
  (item) => ({ ...item, value: null }),
  (item) => ({ ...item, area: 'VN-99' }),
  (item) => ({ ...item, period: { frequency: 'fortnight', start: 'yesterday', end: 'today' } }),
  (item) => ({ ...item, reportedAt: '22/11/2026 08:00' }),
  (item) => ({ ...item, surplus: true }),
  (item) => ({ ...item, status: 'guessed', revision: -1 }),
  (item) => ({ ...item, metric: 'Not A Code!' }),
];

/** A valid-looking observation of the channel to break when the batch has none to copy. */
function template(spec: ChannelSpec, now: number): Record<string, unknown> {
  const [pattern = 'x', metric] = Object.entries(spec.metrics)[0] ?? [];
  return {
    metric: pattern.endsWith('.*') ? `${pattern.slice(0, -2)}.sample` : pattern,
    area: 'VN',
    unit: metric?.unit || 'count',
    value: 1,
    ...instantStamp(now),
    source: spec.source,
    reportedAt: instantStamp(now).cutOff,
    status: 'provisional',
    revision: 0,
  };
}

export function brokenItems(spec: ChannelSpec, good: readonly unknown[], count: number, now: number, offset: number): Record<string, unknown>[] {
  const items: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const base = (good[i % Math.max(1, good.length)] as Record<string, unknown> | undefined) ?? template(spec, now);
    const breaker = BREAKERS[(offset + i) % BREAKERS.length] as (typeof BREAKERS)[number];
    items.push(breaker(base));
  }
  return items;
}

/** A broken item for the area code check only (used by tests to tell the kinds apart). */
export const BREAKER_COUNT = BREAKERS.length;
