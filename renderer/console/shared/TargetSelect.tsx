import type { RoomStatus, SwitchTarget } from '../../../src/protocol/control/index.js';
import type { Locale } from '../../i18n/index.js';
import { ct } from '../messages.js';

/** A target as a select value: "room", "wall:main", "display:main-1". */
export function targetValue(target: SwitchTarget): string {
  return target.kind === 'room' ? 'room' : target.kind === 'wall' ? `wall:${target.wallId}` : `display:${target.displayId}`;
}

export function parseTarget(value: string): SwitchTarget {
  if (value.startsWith('wall:')) return { kind: 'wall', wallId: value.slice(5) };
  if (value.startsWith('display:')) return { kind: 'display', displayId: value.slice(8) };
  return { kind: 'room' };
}

export function targetLabel(target: SwitchTarget, room: RoomStatus | null, locale: Locale): string {
  if (target.kind === 'room') return ct(locale, 'target.room');
  if (target.kind === 'wall') return ct(locale, 'target.wall', { name: room?.walls.find((wall) => wall.id === target.wallId)?.name ?? target.wallId });
  return ct(locale, 'target.display', { name: room?.displays.find((display) => display.id === target.displayId)?.name ?? target.displayId });
}

export function TargetSelect({ value, onChange, room, locale, id }: { value: SwitchTarget; onChange: (target: SwitchTarget) => void; room: RoomStatus | null; locale: Locale; id?: string }) {
  const options: SwitchTarget[] = [{ kind: 'room' }, ...(room?.walls ?? []).map((wall) => ({ kind: 'wall' as const, wallId: wall.id })), ...(room?.displays ?? []).map((display) => ({ kind: 'display' as const, displayId: display.id }))];
  return (
    <select id={id} value={targetValue(value)} onChange={(event) => onChange(parseTarget(event.target.value))}>
      {options.map((option) => (
        <option key={targetValue(option)} value={targetValue(option)}>
          {targetLabel(option, room, locale)}
        </option>
      ))}
    </select>
  );
}
