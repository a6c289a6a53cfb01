/**
 * FNV-1a, 32 bits, over a string's code points: the same number in Node and in every browser, for
 * derived item ids, search shard numbers, build ids and the change marks. `seed` continues a hash,
 * so hashing several strings in turn equals hashing them joined.
 */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
