/** Where a key was first seen: a file number and a record number. */
export interface _Origin {
  /** The file's number, in the order files were first seen. */
  file: number
  /** The 1-based record number in that file. */
  record: number
}

/**
 * A set of keys with where each was first seen, held in typed arrays as 64-bit hashes, so it costs
 * 13 to 33 bytes a key (a table grown when four fifths full) however long the keys are.
 *
 * Note: a slot stores where a key was seen as one number, the record's number plus the records
 * of the runs of files before it; a short table of runs turns it back into a file and a record.
 */
export class _DuplicateIndex {
  // Note: a lookup reads a byte of the hash per slot, in an array of its own, and the rest only
  // when that byte matches: a table of 400,000 keys then asks the processor to wait for a 512 KB
  // array rather than 6 MB of slots, which its caches can seldom hold.
  /** Per slot: eight bits of the hash (never 0, which marks an empty slot), both halves, and where. */
  #tags = new Uint8Array(1024)
  #lows = new Uint32Array(1024)
  #highs = new Uint32Array(1024)
  #ordinals = new Uint32Array(1024)
  #size = 0
  /** Per run of records from one file: the file's number and the number before its first record. */
  #runFiles: number[] = []
  #runBases: number[] = []
  #runMax = 0

  /**
   * Adds a key, or finds where it was first seen.
   *
   * @param key The key.
   * @param file Where it is seen now: the file's number.
   * @param record And the record's number in that file.
   * @returns Where it was first seen, or `undefined` when it is new.
   */
  add(key: string, file: number, record: number): _Origin | undefined {
    hashStart()
    hashText(key)
    return this.#addHash(file, record)
  }

  /**
   * Adds the key of a title and year, `${title.trim().toLowerCase()}\u0000${year}`, or finds where
   * it was first seen; as `add` with that key, without building it.
   *
   * @param title The title.
   * @param year The year.
   * @param file Where it is seen now: the file's number.
   * @param record And the record's number in that file.
   * @returns Where it was first seen, or `undefined` when it is new.
   */
  addTitle(title: string, year: number, file: number, record: number): _Origin | undefined {
    hashStart()
    hashFolded(title)
    hashText('\u0000')
    hashNumber(year)
    return this.#addHash(file, record)
  }

  #addHash(file: number, record: number): _Origin | undefined {
    const hi = (hash[0] as number) >>> 0
    const lo = (hash[1] as number) >>> 0
    const tag = hi >>> 24 || 1
    const tags = this.#tags
    const mask = tags.length - 1
    let slot = (hi ^ lo) & mask
    while (tags[slot] !== 0) {
      if (tags[slot] === tag && this.#lows[slot] === lo && this.#highs[slot] === hi) return this.#origin(this.#ordinals[slot] ?? 0)
      slot = (slot + 1) & mask
    }
    tags[slot] = tag
    this.#lows[slot] = lo
    this.#highs[slot] = hi
    this.#ordinals[slot] = this.#ordinal(file, record)
    // Note: grown at four fifths full; linear probing stays short there, and the table stays small.
    if (++this.#size * 5 > tags.length * 4) this.#grow()
    return undefined
  }

  /** One number for a file and record: the record's number after those of the runs before. */
  #ordinal(file: number, record: number): number {
    const last = this.#runFiles.length - 1
    if (last === -1 || this.#runFiles[last] !== file) {
      this.#runFiles.push(file)
      this.#runBases.push(last === -1 ? 0 : (this.#runBases[last] ?? 0) + this.#runMax)
      this.#runMax = 0
    }
    // Note: counted from 1 even for a record numbered 0, so that 0 stays free to mean an empty slot.
    if (record + 1 > this.#runMax) this.#runMax = record + 1
    return (this.#runBases[this.#runBases.length - 1] ?? 0) + record + 1
  }

  #origin(ordinal: number): _Origin {
    // Note: the last run whose base lies below the number; bases only grow.
    let low = 0
    let high = this.#runBases.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((this.#runBases[middle] ?? 0) < ordinal) low = middle
      else high = middle - 1
    }
    return { file: this.#runFiles[low] ?? 0, record: ordinal - (this.#runBases[low] ?? 0) - 1 }
  }

  #grow(): void {
    const [oldTags, oldLows, oldHighs, oldOrdinals] = [this.#tags, this.#lows, this.#highs, this.#ordinals]
    const capacity = oldTags.length * 2
    this.#tags = new Uint8Array(capacity)
    this.#lows = new Uint32Array(capacity)
    this.#highs = new Uint32Array(capacity)
    this.#ordinals = new Uint32Array(capacity)
    const mask = capacity - 1
    for (let at = 0; at < oldTags.length; at++) {
      if (oldTags[at] === 0) continue
      const lo = oldLows[at] as number
      const hi = oldHighs[at] as number
      let slot = (hi ^ lo) & mask
      while (this.#tags[slot] !== 0) slot = (slot + 1) & mask
      this.#tags[slot] = oldTags[at] as number
      this.#lows[slot] = lo
      this.#highs[slot] = hi
      this.#ordinals[slot] = oldOrdinals[at] as number
    }
  }
}

/** The two halves of the hash being computed, held in a typed array so that they stay unboxed. */
const hash = new Int32Array(2)

// Note: two independent 32-bit FNV-1a hashes; a false match needs both to collide.
function hashStart(): void {
  hash[0] = 0x811c9dc5
  hash[1] = 0x050c5d1f
}

function hashText(text: string): void {
  let hi = hash[0] as number
  let lo = hash[1] as number
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    hi = Math.imul(hi ^ code, 0x01000193)
    lo = Math.imul(lo ^ code, 0x01000197) ^ (lo >>> 15)
  }
  hash[0] = hi
  hash[1] = lo
}

/** Hashes `text.trim().toLowerCase()`. */
function hashFolded(text: string): void {
  const length = text.length
  // Note: ASCII text that starts and ends with a visible character is already trimmed and
  // lowercases letter by letter; other text is trimmed and lowercased by JavaScript itself.
  if (length > 0 && text.charCodeAt(0) > 32 && text.charCodeAt(length - 1) > 32) {
    let hi = hash[0] as number
    let lo = hash[1] as number
    let index = 0
    for (; index < length; index++) {
      const code = text.charCodeAt(index)
      if (code > 127) break
      const folded = code >= 65 && code <= 90 ? code + 32 : code
      hi = Math.imul(hi ^ folded, 0x01000193)
      lo = Math.imul(lo ^ folded, 0x01000197) ^ (lo >>> 15)
    }
    if (index === length) {
      hash[0] = hi
      hash[1] = lo
      return
    }
  }
  hashText(text.trim().toLowerCase())
}

/** Hashes a number as `String(value)` writes it. */
function hashNumber(value: number): void {
  // Note: a whole number such as a year is written digit by digit here, without a string.
  if (!Number.isInteger(value) || value < 0 || value >= 1e9) return hashText(String(value))
  let divisor = 1
  while (divisor * 10 <= value) divisor *= 10
  let hi = hash[0] as number
  let lo = hash[1] as number
  for (; divisor >= 1; divisor /= 10) {
    const code = 48 + (Math.floor(value / divisor) % 10)
    hi = Math.imul(hi ^ code, 0x01000193)
    lo = Math.imul(lo ^ code, 0x01000197) ^ (lo >>> 15)
  }
  hash[0] = hi
  hash[1] = lo
}
