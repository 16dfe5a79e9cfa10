/**
 * mulberry32: a tiny deterministic PRNG, so generated demonstration and
 * benchmark content is byte-identical on every run.
 * @example
 * const random = createRandom(2024); random(); // always the same first number in [0, 1)
 */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * A seed from a text (FNV-1a), so each (unit, indicator) pair gets its own stream.
 * @example seedFromText('phuong-tran-phu|1.1') // a 32-bit unsigned integer
 */
export function seedFromText(text: string): number {
  return [...text].reduce((hash, char) => Math.imul(hash ^ char.charCodeAt(0), 16_777_619), 2_166_136_261) >>> 0;
}
