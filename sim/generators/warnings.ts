import { GEO_NATIONAL, provincesFor } from '../geo/index.js';
import { stormCone, stormTrack, zoneAround } from '../geo/shapes.js';
import { ChannelModel } from '../model/channel-model.js';
import { instantStamp, SlotBuilder } from '../model/items.js';
import { dailySchedule, hourlySchedule } from '../model/schedules.js';
import { rng } from '../prng.js';
import { warningText, stormPosition } from '../text/warnings.js';
import { dayIndex, HOUR, isoInstant, MINUTE } from '../time.js';
import type { GeneratorContext } from './context.js';
import { affectedAreas, MAX_WARNING_DAYS, warningEventsOfDay, type WarningEvent } from './warning-events.js';

/**
 * disaster/warnings — warnings as events: a bulletin when issued, a revised bulletin every few hours
 * (same id, status "revised", revision + 1), retracted when lifted; plus, every hour, the number of
 * warnings in force per area ("warnings.active", an instant count). The snapshot holds the warnings
 * in force and the last 48 hourly counts.
 */
/** Zones drawn around the first affected province, by kind (km): a river basin's flood, a hillside's landslide risk. */
const ZONE_KM: Partial<Record<WarningEvent['kind'], number>> = { flood: 40, 'flash-flood': 22, 'landslide-risk': 18 };

export function createWarnings({ seed, spec }: GeneratorContext): ChannelModel {
  const memo = new Map<number, WarningEvent[]>();
  const eventsOf = (day: number) => {
    let events = memo.get(day);
    if (!events) {
      events = warningEventsOfDay(seed, day);
      memo.set(day, events);
      if (memo.size > 64) memo.delete(memo.keys().next().value as number);
    }
    return events;
  };

  const bulletins = (day: number) => {
    const builder = new SlotBuilder(spec);
    for (const event of eventsOf(day)) {
      const areas = affectedAreas(event, day);
      const wide = event.kind === 'storm' || event.kind === 'tropical-depression' || event.kind === 'heat' || event.kind === 'cold' || areas.length > 3;
      const home = areas[0];
      if (!home) continue;
      const period = { frequency: 'range' as const, start: isoInstant(event.issuedAt), end: isoInstant(event.endsAt) };
      const storm = event.kind === 'storm' || event.kind === 'tropical-depression';
      const zoneKm = ZONE_KM[event.kind];
      for (let update = 0, at = event.issuedAt; at < event.endsAt; update++, at += event.updateEveryH * HOUR) {
        const { title, text } = warningText(event, update, at, areas);
        const nowH = (at - event.issuedAt) / HOUR;
        const position = storm ? stormPosition(event, nowH) : { lat: home.lat, lon: home.lon };
        const endH = (event.endsAt - event.issuedAt) / HOUR;
        const positionAt = (hours: number) => stormPosition(event, hours);
        // The storm's track and cone move with every bulletin; a flood's zone stays put.
        const shape = storm ? { track: stormTrack(positionAt, nowH, endH), zone: stormCone(positionAt, nowH, endH) } : zoneKm ? { zone: zoneAround(home, zoneKm, rng(seed, 'warn|zone', event.id)) } : undefined;
        builder.report(
          { at: at + 10 * MINUTE, status: update === 0 ? 'provisional' : 'revised', revision: update },
          {
            id: event.id,
            kind: event.kind,
            area: wide ? GEO_NATIONAL.code : home.code,
            title,
            text,
            occurredAt: isoInstant(event.issuedAt),
            severity: event.severity,
            location: { lat: Math.round(position.lat * 100) / 100, lon: Math.round(position.lon * 100) / 100, place: home.name },
            facts: { 'areas-affected': areas.length, bulletin: update + 1, ...(event.params.wind ? { 'wind-level': event.params.wind } : {}) },
            ...(shape ? { shape } : {}),
            period,
            cutOff: isoInstant(at),
          },
        );
      }
      builder.retract(event.endsAt + 10 * MINUTE, event.id);
    }
    return builder.done();
  };

  const counts = (hourStart: number) => {
    const builder = new SlotBuilder(spec);
    const day = dayIndex(hourStart);
    const active: WarningEvent[] = [];
    for (let d = day - MAX_WARNING_DAYS; d <= day; d++) {
      for (const event of eventsOf(d)) if (event.issuedAt <= hourStart && hourStart < event.endsAt) active.push(event);
    }
    const release = { at: hourStart + MINUTE, status: 'final' as const };
    const stamp = instantStamp(hourStart);
    builder.observe(release, stamp, 'warnings.active', GEO_NATIONAL.code, active.length);
    for (const area of provincesFor(day)) {
      const parts = new Set(area.parts.map((part) => part.iso));
      builder.observe(release, stamp, 'warnings.active', area.code, active.filter((event) => event.affected.some((iso) => parts.has(iso))).length);
    }
    return builder.done();
  };

  return new ChannelModel(spec, [
    dailySchedule({ lagSlots: MAX_WARNING_DAYS + 1, windowSlots: MAX_WARNING_DAYS + 1, build: bulletins }),
    hourlySchedule({ lagSlots: 1, windowSlots: 48, build: counts }),
  ]);
}
