/**
 * Seeded random numbers for the futures (statistics, never amounts): the same seed gives the same
 * numbers on every machine, and future i's numbers do not depend on how the futures are batched.
 */

/** mulberry32: a small, fast, well-mixed 32-bit generator; uniform numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of future `index` of a run seeded `seed`: independent of how the futures are split into batches. */
export function futureSeed(seed: number, index: number): number {
  return (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(index + 1, 0xc2b2ae35)) >>> 0;
}
