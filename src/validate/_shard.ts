/** One share of a dataset split across runs: run `index` (1-based) of `count`. */
export interface Shard {
  /** This run's 1-based number. */
  index: number
  /** How many runs share the dataset. */
  count: number
}

/**
 * Tells whether a file belongs to a shard, by a stable hash of its name.
 *
 * @param path The file's name, as given.
 * @param shard The shard.
 * @returns Whether this run checks the file.
 */
export function _inShard(path: string, shard: Shard): boolean {
  // Note: FNV-1a over the name with forward slashes, so every runner agrees on the split.
  let hash = 0x811c9dc5
  for (const char of path.replace(/\\/g, '/')) {
    hash ^= char.codePointAt(0) ?? 0
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash % shard.count === shard.index - 1
}
