/** One province's change (deaths this period so far against the same dates a year earlier). */
export interface AreaChange {
  area: string;
  name: string;
  change: number;
}

export interface RankedChange extends AreaChange {
  /** Shared by ties: 1, 2, 2, 4 … */
  rank: number;
  /** True when another shown province has the same change. */
  tied: boolean;
}

const collator = new Intl.Collator('vi');

/**
 * The provinces with the largest rise (direction 'up': change > 0, largest first) or the largest fall
 * ('down': change < 0, most negative first) — Official Letter 4699 §VII.4.5/4.6. `count` places are shown;
 * a tie at the last place brings in every province tied with it (a cut through a tie would pick a
 * province by its name), so the list may be longer than `count`. Ties share a rank and are ordered by name.
 * No change is neither a rise nor a fall.
 */
export function topChanges(changes: readonly AreaChange[], direction: 'up' | 'down', count: number): RankedChange[] {
  const sign = direction === 'up' ? 1 : -1;
  const sorted = changes.filter((entry) => entry.change * sign > 0).sort((a, b) => b.change * sign - a.change * sign || collator.compare(a.name, b.name));
  if (sorted.length <= count) return rank(sorted);
  const last = sorted[count - 1]!.change;
  let end = count;
  while (end < sorted.length && sorted[end]!.change === last) end++;
  return rank(sorted.slice(0, end));
}

function rank(sorted: readonly AreaChange[]): RankedChange[] {
  return sorted.map((entry, i) => {
    let first = i;
    while (first > 0 && sorted[first - 1]!.change === entry.change) first--;
    const tied = (i > 0 && sorted[i - 1]!.change === entry.change) || (i + 1 < sorted.length && sorted[i + 1]!.change === entry.change);
    return { ...entry, rank: first + 1, tied };
  });
}
