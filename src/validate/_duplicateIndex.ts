/** Where a key was first seen: a file number and a record number. */
export interface _Origin {
  /** The file's number, in the order files were first seen. */
  file: number
  /** The 1-based record number in that file. */
  record: number
}

/**
 * A set of keys with where each was first seen, held in typed arrays as 64-bit hashes, so it costs
 * 32 bytes a key however long the keys are (two `Map` entries a film cost about ten times that).
 */
export class _DuplicateIndex {
  #hi = new Uint32Array(1024)
  #lo = new Uint32Array(1024)
  #file = new Uint32Array(1024)
  #record = new Uint32Array(1024)
  #size = 0

  /**
   * Adds a key, or finds where it was first seen.
   *
   * @param key The key.
   * @param origin Where it is seen now.
   * @returns Where it was first seen, or `undefined` when it is new.
   */
  add(key: string, origin: _Origin): _Origin | undefined {
    // Note: two independent 32-bit FNV-1a hashes; a false match needs both to collide.
    let hi = 0x811c9dc5
    let lo = 0x050c5d1f
    for (let index = 0; index < key.length; index++) {
      const code = key.charCodeAt(index)
      hi = Math.imul(hi ^ code, 0x01000193)
      lo = Math.imul(lo ^ code, 0x01000197) ^ (lo >>> 15)
    }
    hi >>>= 0
    lo = (lo >>> 0) || 1
    const mask = this.#lo.length - 1
    let slot = (hi ^ lo) & mask
    while (this.#lo[slot] !== 0) {
      if (this.#hi[slot] === hi && this.#lo[slot] === lo) {
        return { file: this.#file[slot] ?? 0, record: this.#record[slot] ?? 0 }
      }
      slot = (slot + 1) & mask
    }
    this.#hi[slot] = hi
    this.#lo[slot] = lo
    this.#file[slot] = origin.file
    this.#record[slot] = origin.record
    if (++this.#size * 2 > this.#lo.length) this.#grow()
    return undefined
  }

  #grow(): void {
    const [hi, lo, file, record] = [this.#hi, this.#lo, this.#file, this.#record]
    const length = lo.length * 2
    this.#hi = new Uint32Array(length)
    this.#lo = new Uint32Array(length)
    this.#file = new Uint32Array(length)
    this.#record = new Uint32Array(length)
    const mask = length - 1
    for (let index = 0; index < lo.length; index++) {
      const l = lo[index] ?? 0
      if (l === 0) continue
      const h = hi[index] ?? 0
      let slot = (h ^ l) & mask
      while (this.#lo[slot] !== 0) slot = (slot + 1) & mask
      this.#hi[slot] = h
      this.#lo[slot] = l
      this.#file[slot] = file[index] ?? 0
      this.#record[slot] = record[index] ?? 0
    }
  }
}
