/**
 * Seeded pseudo-random numbers for the synthetic corpus (src/lib/corpus/).
 *
 * Why a generator of our own: the corpus must be byte-identical for the same arguments, today and
 * after any dependency upgrade. mulberry32 (Tommy Ettinger, 2017, public domain) is six lines whose
 * output is fixed by its definition; `pure-rand` is only present as a transitive dependency of
 * fast-check and changed its API between major versions. The seeds of each entity are derived from the
 * corpus seed and the entity's key with FNV-1a, so an entity's content does not depend on the order in
 * which others are generated (a commune's plans are the same whether or not awards are generated).
 *
 * Not for anything secret: this is a statistical toy generator.
 */

/** A source of pseudo-random choices, all derived from one 32-bit state. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included; `min` when max < min. */
  int(min: number, max: number): number;
  /** One item of a non-empty list. @throws {RangeError} on an empty list */
  pick<T>(items: readonly T[]): T;
  /** One item, chosen with the given non-negative weights (same length as `items`). */
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** True with the given probability (0 … 1). */
  chance(probability: number): boolean;
  /** `count` distinct items in a random order (all of them when the list is shorter). */
  sample<T>(items: readonly T[], count: number): T[];
}

/**
 * mulberry32: a 32-bit state generator with period 2^32 (Tommy Ettinger; public domain).
 *
 * @param seed any 32-bit integer
 * @returns a function giving floats in [0, 1)
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A 32-bit hash of a key (FNV-1a over the UTF-16 code units of the parts joined by U+001F), used to
 * derive a seed per entity.
 *
 * @param parts strings and numbers, e.g. `('s42', 'plan', 17)`
 */
export function hashKey(...parts: readonly (string | number)[]): number {
  const text = parts.map(String).join('\u001f');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The random source of one entity: mulberry32 seeded with {@link hashKey} of the corpus seed and the
 * entity's key. The same seed and key always give the same sequence.
 *
 * @param seed the corpus seed as given on the command line
 * @param key what the numbers are for: `('commune', 12)`, `('decision', 4031)`
 */
export function randomFor(seed: string, ...key: readonly (string | number)[]): Random {
  return createRandom(mulberry32(hashKey(seed, ...key)));
}

/** Wraps a float source into the {@link Random} helpers. */
export function createRandom(next: () => number): Random {
  const int = (min: number, max: number): number =>
    max <= min ? min : min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('Cannot pick from an empty list.');
      return items[int(0, items.length - 1)] as T;
    },
    weighted<T>(items: readonly T[], weights: readonly number[]): T {
      if (items.length === 0) throw new RangeError('Cannot pick from an empty list.');
      const total = weights.reduce((sum, w) => sum + w, 0);
      let target = next() * total;
      for (let i = 0; i < items.length; i += 1) {
        target -= weights[i] ?? 0;
        if (target < 0) return items[i] as T;
      }
      return items[items.length - 1] as T;
    },
    chance: (probability: number): boolean => next() < probability,
    sample<T>(items: readonly T[], count: number): T[] {
      const copy = [...items];
      const wanted = Math.min(count, copy.length);
      for (let i = 0; i < wanted; i += 1) {
        const j = int(i, copy.length - 1);
        [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
      }
      return copy.slice(0, wanted);
    },
  };
}
