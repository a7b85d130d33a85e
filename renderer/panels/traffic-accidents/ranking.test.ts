import { describe, expect, it } from 'vitest';
import { topChanges, type AreaChange } from './ranking.js';

const p = (name: string, change: number): AreaChange => ({ area: `VN34-${name}`, name, change });

describe('topChanges', () => {
  const changes = [p('An Giang', 4), p('Bắc Ninh', 9), p('Cà Mau', -3), p('Đắk Lắk', 4), p('Điện Biên', 0), p('Gia Lai', 12), p('Hà Nội', -8), p('Huế', 4), p('Lào Cai', 2), p('Sơn La', -3), p('Tây Ninh', 1)];

  it('gives the largest rises first, and lets a tie at the last place in rather than cut it by name', () => {
    const up = topChanges(changes, 'up', 3);
    expect(up.map((e) => [e.name, e.change, e.rank, e.tied])).toEqual([
      ['Gia Lai', 12, 1, false],
      ['Bắc Ninh', 9, 2, false],
      ['An Giang', 4, 3, true],
      ['Đắk Lắk', 4, 3, true],
      ['Huế', 4, 3, true],
    ]);
  });

  it('gives exactly the count when there is no tie at the cut', () => {
    expect(topChanges(changes, 'up', 5).map((e) => e.name)).toEqual(['Gia Lai', 'Bắc Ninh', 'An Giang', 'Đắk Lắk', 'Huế']);
    expect(topChanges(changes, 'up', 6).map((e) => e.name)).toEqual(['Gia Lai', 'Bắc Ninh', 'An Giang', 'Đắk Lắk', 'Huế', 'Lào Cai']);
  });

  it('gives the largest falls, most negative first; ties share a rank in name order (Vietnamese)', () => {
    const down = topChanges(changes, 'down', 5);
    expect(down.map((e) => [e.name, e.change, e.rank])).toEqual([
      ['Hà Nội', -8, 1],
      ['Cà Mau', -3, 2],
      ['Sơn La', -3, 2],
    ]);
  });

  it('counts no change as neither, and an empty list as empty', () => {
    expect(topChanges([p('Điện Biên', 0)], 'up', 5)).toEqual([]);
    expect(topChanges([p('Điện Biên', 0)], 'down', 5)).toEqual([]);
    expect(topChanges([], 'up', 5)).toEqual([]);
  });
});
