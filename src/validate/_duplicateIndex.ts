/** Where a key was first seen: a file number and a record number. */
export interface _Origin {
  /** The file's number, in the order files were first seen. */
  file: number
  /** The 1-based record number in that file. */
  record: number
}

/** Words a slot takes: two hash halves and where the key was first seen. */
const SLOT = 3

/**
 * A set of keys with where each was first seen, held in one typed array as 64-bit hashes, so it
 * costs 12 to 30 bytes a key (a table grown when four fifths full) however long the keys are.
 *
 * Note: a slot stores where a key was seen as one number, the record's number plus the records
 * of the runs of files before it; a short table of runs turns it back into a file and a record.
 */
export class _DuplicateIndex {
  #slots = new Uint32Array(1024 * SLOT)
  #capacity = 1024
  #size = 0
  /** Per run of records from one file: the file's number and the number before its first record. */
  #runFiles: number[] = []
  #runBases: number[] = []
  #runMax = 0

  /** The two halves of the hash being computed. */
  #hi = 0
  #lo = 0

  /**
   * Adds a key, or finds where it was first seen.
   *
   * @param key The key.
   * @param file Where it is seen now: the file's number.
   * @param record And the record's number in that file.
   * @returns Where it was first seen, or `undefined` when it is new.
   */
  add(key: string, file: number, record: number): _Origin | undefined {
    this.#hashStart()
    this.#hashText(key)
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
    this.#hashStart()
    this.#hashFolded(title)
    this.#hashCode(0)
    this.#hashText(String(year))
    return this.#addHash(file, record)
  }

  // Note: two independent 32-bit FNV-1a hashes; a false match needs both to collide.
  #hashStart(): void {
    this.#hi = 0x811c9dc5
    this.#lo = 0x050c5d1f
  }

  #hashCode(code: number): void {
    this.#hi = Math.imul(this.#hi ^ code, 0x01000193)
    this.#lo = Math.imul(this.#lo ^ code, 0x01000197) ^ (this.#lo >>> 15)
  }

  #hashText(text: string): void {
    let hi = this.#hi
    let lo = this.#lo
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index)
      hi = Math.imul(hi ^ code, 0x01000193)
      lo = Math.imul(lo ^ code, 0x01000197) ^ (lo >>> 15)
    }
    this.#hi = hi
    this.#lo = lo
  }

  /** Hashes `text.trim().toLowerCase()`. */
  #hashFolded(text: string): void {
    const length = text.length
    // Note: ASCII text that starts and ends with a visible character is already trimmed and
    // lowercases letter by letter; other text is trimmed and lowercased by JavaScript itself.
    if (length > 0 && text.charCodeAt(0) > 32 && text.charCodeAt(length - 1) > 32) {
      let hi = this.#hi
      let lo = this.#lo
      let index = 0
      for (; index < length; index++) {
        const code = text.charCodeAt(index)
        if (code > 127) break
        const folded = code >= 65 && code <= 90 ? code + 32 : code
        hi = Math.imul(hi ^ folded, 0x01000193)
        lo = Math.imul(lo ^ folded, 0x01000197) ^ (lo >>> 15)
      }
      if (index === length) {
        this.#hi = hi
        this.#lo = lo
        return
      }
    }
    this.#hashText(text.trim().toLowerCase())
  }

  #addHash(file: number, record: number): _Origin | undefined {
    const hi = this.#hi >>> 0
    const lo = this.#lo >>> 0 || 1
    const slots = this.#slots
    const mask = this.#capacity - 1
    let slot = (hi ^ lo) & mask
    while (slots[slot * SLOT + 1] !== 0) {
      const at = slot * SLOT
      if (slots[at] === hi && slots[at + 1] === lo) return this.#origin(slots[at + 2] ?? 0)
      slot = (slot + 1) & mask
    }
    const at = slot * SLOT
    slots[at] = hi
    slots[at + 1] = lo
    slots[at + 2] = this.#ordinal(file, record)
    // Note: grown at four fifths full; linear probing stays short there, and the table stays small.
    if (++this.#size * 5 > this.#capacity * 4) this.#grow()
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
    const old = this.#slots
    const capacity = this.#capacity * 2
    const slots = new Uint32Array(capacity * SLOT)
    const mask = capacity - 1
    for (let at = 0; at < old.length; at += SLOT) {
      const lo = old[at + 1] ?? 0
      if (lo === 0) continue
      const hi = old[at] ?? 0
      let slot = (hi ^ lo) & mask
      while (slots[slot * SLOT + 1] !== 0) slot = (slot + 1) & mask
      const to = slot * SLOT
      slots[to] = hi
      slots[to + 1] = lo
      slots[to + 2] = old[at + 2] ?? 0
    }
    this.#slots = slots
    this.#capacity = capacity
  }
}
