/**
 * Small deterministic PRNG: a 32-bit string hash (FNV-1a with a murmur3 finaliser) picks the seed of
 * a mulberry32 stream. Every figure of the simulator is drawn from `rng(seed, series…, period…)`, so
 * the same seed gives the same value for the same series and period, whatever happened before.
 */
export function hash32(text: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** mulberry32: a fast 32-bit generator with a full period; returns floats in [0, 1). */
export function mulberry32(state: number): () => number {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;
type Part = string | number;

/** A stream for one key: the same seed and parts always give the same sequence. */
export function rng(seed: number, ...parts: Part[]): Rng {
  return mulberry32(hash32(parts.join('|'), seed));
}

/** One uniform draw in [0, 1) for a key. */
export function uniform(seed: number, ...parts: Part[]): number {
  return rng(seed, ...parts)();
}

/** A standard normal draw (Box–Muller) from a stream. */
export function gaussian(next: Rng): number {
  const u = Math.max(next(), 1e-12);
  const v = next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** A Poisson draw (Knuth for small means, a normal approximation above 30). */
export function poisson(next: Rng, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(next)));
  const limit = Math.exp(-mean);
  let k = 0;
  let p = next();
  while (p > limit) {
    k++;
    p *= next();
  }
  return k;
}

/** Integer in [min, max]. */
export function between(next: Rng, min: number, max: number): number {
  return min + Math.floor(next() * (max - min + 1));
}

export function pick<T>(next: Rng, items: readonly T[]): T {
  const item = items[Math.floor(next() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/**
 * Smooth value noise in [-1, 1] along `x` (cosine interpolation between lattice points `scale`
 * apart): weather episodes, multi-day pollution build-ups, market drifts.
 */
export function smoothNoise(seed: number, key: string, x: number, scale: number): number {
  const position = x / scale;
  const i = Math.floor(position);
  const f = position - i;
  const a = uniform(seed, key, i) * 2 - 1;
  const b = uniform(seed, key, i + 1) * 2 - 1;
  const w = (1 - Math.cos(Math.PI * f)) / 2;
  return a * (1 - w) + b * w;
}

export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
