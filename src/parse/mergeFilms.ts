import type { Message, ParseResult } from '../message.js'
import type { CastCredit } from '../schemas/castCredit.js'
import type { Film } from '../schemas/film.js'
import type { Gross } from '../schemas/gross.js'
import type { Money } from '../schemas/money.js'
import type { Person } from '../schemas/person.js'
import { _moneyText } from './_moneyText.js'

/** Options of {@link mergeFilms}. */
export interface MergeFilmsOptions {
  /** A name for each record, used in messages (file names, URLs); default `"record 1"`, `"record 2"`, ... */
  sources?: string[]
}

/** The title {@link parseReview} gives a film its review does not name; any other title wins over it. */
const UNTITLED = 'Untitled'

type Note = (message: string, path: string) => void

/** Folds a name or text for comparison: case, accents, quotes and punctuation do not count. */
function _fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** Whether two character names are one character: "Rocky" and "Roy L. 'Rocky' Dennis". */
function _sameCharacter(a: string, b: string): boolean {
  const first = _fold(a)
  const second = _fold(b)
  if (first === second) return true
  const words = (text: string) => new Set(text.split(' '))
  const [short, long] = first.length <= second.length ? [first, second] : [second, first]
  return [...words(short)].every((word) => words(long).has(word))
}

function _show(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`
  if (typeof value === 'object' && value !== null && 'amount' in value) return _moneyText(value as Money)
  return JSON.stringify(value)
}

function _mergePeople(into: Person[], more: Person[]): void {
  for (const person of more) {
    const same = into.find((other) => _fold(other.name) === _fold(person.name))
    if (!same) into.push(structuredClone(person))
    else if (person.ids) same.ids = { ...person.ids, ...same.ids }
  }
}

function _mergeCast(into: CastCredit[], more: CastCredit[], note: Note, source: string, sources: Map<CastCredit, string>): void {
  for (const credit of more) {
    const index = into.findIndex((other) => _fold(other.name) === _fold(credit.name))
    const same = into[index]
    if (!same) {
      const copy = structuredClone(credit)
      into.push(copy)
      sources.set(copy, source)
      continue
    }
    if (!credit.character) continue
    if (!same.character) same.character = credit.character
    else if (!_sameCharacter(same.character, credit.character)) {
      note(
        `Sources disagree on ${same.name}'s character: "${same.character}" (${sources.get(same)}) and "${credit.character}" (${source}); kept the first.`,
        `cast.${index}.character`,
      )
    }
    if (credit.creditedAs && !same.creditedAs) same.creditedAs = credit.creditedAs
  }
}

/** Where a gross was taken: "US, domestic" and "US" are one place. */
function _grossKey(gross: Gross): string {
  const scope = gross.scope === 'domestic' ? undefined : gross.scope
  return `${gross.region ?? (gross.scope === 'domestic' ? 'US' : '')}|${scope ?? ''}|${gross.date ?? ''}`
}

function _sameMoney(a: Money, b: Money): boolean {
  return a.amount === b.amount && a.currency === b.currency
}

/** Whether two amounts can both be true: "over $30 million" and "$30,933,743" agree. */
function _agree(a: Money, b: Money): boolean {
  if (a.currency !== b.currency) return false
  const fits = (vague: Money, exact: Money) =>
    (vague.qualifier === 'over' && exact.amount >= vague.amount) ||
    (vague.qualifier === 'under' && exact.amount <= vague.amount) ||
    (vague.qualifier === 'about' && Math.abs(exact.amount - vague.amount) <= vague.amount * 0.1)
  return a.amount === b.amount || fits(a, b) || fits(b, a)
}

function _mergeList<T>(into: T[], more: T[], key: (item: T) => string): void {
  const seen = new Set(into.map(key))
  for (const item of more) {
    if (seen.has(key(item))) continue
    seen.add(key(item))
    into.push(structuredClone(item))
  }
}

const SINGLE = ['title', 'originalTitle', 'year', 'logline', 'synopsis'] as const
const STRING_LISTS = ['genres', 'taglines', 'countries', 'languages', 'filmingLocations', 'trivia'] as const

/**
 * Combines records about one film (a fact page, reviews, a JSON file) into one: lists are united
 * without duplicates (the same person, the same character), reviews are appended, and where the
 * sources disagree on a single fact, both values are kept where the record has room (grosses,
 * ratings) and a `conflict` warning names both values and their sources. Nothing is dropped
 * without a message.
 *
 * @param records The films, most trusted first: where a fact has room for one value, the first wins.
 * @param options Names for the sources; see {@link MergeFilmsOptions}.
 * @returns The merged film (`undefined` for no records) and the conflicts found.
 */
export function mergeFilms(records: Film[], options?: MergeFilmsOptions): ParseResult<Film> {
  if (!Array.isArray(records)) {
    throw new TypeError(`Cannot merge films with \`${typeof records}\` for \`records\`, expected an array of films`)
  }
  const names = options?.sources
  if (names !== undefined && (!Array.isArray(names) || names.some((name) => typeof name !== 'string'))) {
    throw new TypeError(`Cannot merge films with \`${String(names)}\` for \`options.sources\`, expected an array of strings`)
  }
  const messages: Message[] = []
  if (records.length === 0) {
    messages.push({ severity: 'error', rule: 'no-records', message: 'There are no records to merge.' })
    return { value: undefined, messages }
  }
  const sourceOf = (index: number) => names?.[index] ?? `record ${index + 1}`
  const note: Note = (message, path) => messages.push({ severity: 'warning', rule: 'conflict', message, path })

  const film = {} as Film
  const from = new Map<string, string>()
  const cast: CastCredit[] = []
  const castSources = new Map<CastCredit, string>()
  records.forEach((record, index) => {
    const source = sourceOf(index)
    if (typeof record !== 'object' || record === null) {
      messages.push({ severity: 'error', rule: 'not-a-film', message: `${source} is not a film record; skipped it.` })
      return
    }
    // Single facts: the first value stays; a different one is named in a warning.
    for (const key of SINGLE) {
      const value = record[key]
      if (value === undefined) continue
      const current = film[key]
      if (current === undefined || (key === 'title' && current === UNTITLED)) {
        ;(film as unknown as Record<string, unknown>)[key] = value
        from.set(key, source)
      } else if (key === 'title' ? _fold(String(value)) !== _fold(String(current)) && value !== UNTITLED : value !== current) {
        note(`Sources disagree on the ${key === 'originalTitle' ? 'original title' : key}: ${_show(current)} (${from.get(key)}) and ${_show(value)} (${source}); kept the first.`, key)
      }
    }
    if (record.ids) {
      film.ids ??= {}
      for (const [key, value] of Object.entries(record.ids) as [keyof NonNullable<Film['ids']>, never][]) {
        const current = film.ids[key]
        if (current === undefined) {
          film.ids[key] = value
          from.set(`ids.${key}`, source)
        } else if (current !== value) {
          note(`Sources disagree on the ${key} id: ${_show(current)} (${from.get(`ids.${key}`)}) and ${_show(value)} (${source}); kept the first.`, `ids.${key}`)
        }
      }
    }
    if (record.budget) {
      if (!film.budget) {
        film.budget = structuredClone(record.budget)
        from.set('budget', source)
      } else if (!_sameMoney(film.budget, record.budget)) {
        note(`Sources disagree on the budget: ${_moneyText(film.budget)} (${from.get('budget')}) and ${_moneyText(record.budget)} (${source}); kept the first.`, 'budget')
      } else film.budget.qualifier ??= record.budget.qualifier!
    }
    // Lists: united without duplicates.
    for (const key of STRING_LISTS) {
      const list = record[key]
      if (list) _mergeList((film[key] ??= []), list, _fold)
    }
    for (const key of ['directors', 'writers', 'stars'] as const) {
      if (record[key]) _mergePeople((film[key] ??= []), record[key])
    }
    if (record.cast) _mergeCast(cast, record.cast, note, source, castSources)
    if (record.releaseDates) _mergeList((film.releaseDates ??= []), record.releaseDates, (item) => `${item.date}|${item.region ?? ''}`)
    if (record.runtimes) _mergeList((film.runtimes ??= []), record.runtimes, (item) => `${item.minutes}|${item.region ?? ''}|${item.note ?? ''}`)
    if (record.goofs) _mergeList((film.goofs ??= []), record.goofs, (item) => _fold(item.text))
    if (record.quotes) _mergeList((film.quotes ??= []), record.quotes, (item) => _fold(item.lines.map((line) => line.text).join(' ')))
    if (record.awards) {
      const awards = (film.awards ??= [])
      for (const award of record.awards) {
        const same = awards.find((other) => _fold(other.name) === _fold(award.name) && _fold(other.category ?? '') === _fold(award.category ?? '') && (other.year ?? award.year) === (award.year ?? other.year))
        if (!same) awards.push(structuredClone(award))
        else {
          if (award.recipients) same.recipients = [...new Set([...(same.recipients ?? []), ...award.recipients])]
          same.year ??= award.year!
          same.result ??= award.result!
          for (const key of ['year', 'result'] as const) if (same[key] === undefined) delete same[key]
        }
      }
    }
    // Grosses and ratings have room for both values: keep both, and say so.
    if (record.grosses) {
      const grosses = (film.grosses ??= [])
      for (const gross of record.grosses) {
        if (grosses.some((other) => _grossKey(other) === _grossKey(gross) && _sameMoney(other, gross))) continue
        const rival = grosses.find((other) => _grossKey(other) === _grossKey(gross) && !_agree(other, gross))
        if (rival) {
          const where = gross.region ?? rival.region
          note(
            `Sources disagree on the ${where ? `${where} ` : ''}gross: ${_moneyText(rival)} (${from.get(`grosses.${grosses.indexOf(rival)}`)}) and ${_moneyText(gross)} (${source}); kept both.`,
            `grosses.${grosses.length}`,
          )
        }
        from.set(`grosses.${grosses.length}`, source)
        grosses.push(structuredClone(gross))
      }
    }
    if (record.ratings) {
      const ratings = (film.ratings ??= [])
      for (const rating of record.ratings) {
        const rival = ratings.find((other) => _fold(other.source ?? '') === _fold(rating.source ?? '') && other.best === rating.best)
        if (rival && rival.value === rating.value && rival.count === rating.count) continue
        if (rival) {
          note(
            `Sources disagree on the ${rating.source ?? 'unattributed'} rating: ${rival.value}/${rival.best} (${from.get(`ratings.${ratings.indexOf(rival)}`)}) and ${rating.value}/${rating.best} (${source}); kept both.`,
            `ratings.${ratings.length}`,
          )
        }
        from.set(`ratings.${ratings.length}`, source)
        ratings.push(structuredClone(rating))
      }
    }
    // Reviews are appended; the very same review twice is kept once.
    if (record.reviews) {
      const reviews = (film.reviews ??= [])
      const seen = new Set(reviews.map((review) => JSON.stringify(review)))
      for (const review of record.reviews) {
        if (seen.has(JSON.stringify(review))) {
          messages.push({ severity: 'info', rule: 'duplicate-review', message: `${source} repeats a review already merged; kept it once.`, path: 'reviews' })
          continue
        }
        reviews.push(structuredClone(review))
      }
    }
  })
  if (cast.length > 0) film.cast = cast
  if (film.title === undefined) {
    messages.push({ severity: 'error', rule: 'missing-title', message: 'None of the records has a title.', path: 'title' })
  }
  return { value: _ordered(film), messages }
}

// The order of the fields in the Film record, so the merged film reads like any other.
const ORDER = [
  'title', 'originalTitle', 'year', 'ids', 'logline', 'synopsis', 'genres', 'releaseDates', 'runtimes',
  'directors', 'writers', 'stars', 'cast', 'taglines', 'countries', 'languages', 'filmingLocations',
  'budget', 'grosses', 'ratings', 'awards', 'trivia', 'goofs', 'quotes', 'reviews',
] as const

function _ordered(film: Film): Film {
  const ordered: Record<string, unknown> = {}
  for (const key of ORDER) {
    const value = film[key]
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue
    if (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) continue
    ordered[key] = value
  }
  return ordered as unknown as Film
}
