import type { Film } from '../schemas/film.js'
import type { Message, ParseResult } from '../message.js'
import { _finish, type _Draft, type _Imported } from './_finish.js'
import { _mediaWikiXml } from './_mediaWikiXml.js'
import { _note, type _Note } from './_note.js'
import { _checkAmount } from './_plausible.js'
import { _wikiMoney, _wikiReleases, _wikiRuntimes, type _WikiRead } from './_wikiValues.js'
import { _plainText, _splitPipes, _template, _templateEnd } from './_wikitext.js'
import { _append } from '../_append.js'
import { _extreme } from '../_extreme.js'

/** Infobox parameters reelmark reads, by the film field they fill. */
const FIELDS: Record<string, string> = {
  name: 'title', 'film name': 'originalTitle', director: 'directors', directors: 'directors',
  writer: 'writers', writers: 'writers', screenplay: 'writers', story: 'writers', starring: 'stars',
  released: 'releaseDates', 'release date': 'releaseDates', runtime: 'runtimes', country: 'countries', countries: 'countries',
  language: 'languages', languages: 'languages', budget: 'budget', gross: 'grosses',
}

/** Infobox parameters with no place in a film record. */
const KNOWN = new Set([
  'image', 'image size', 'image upright', 'border', 'alt', 'caption', 'producer', 'producers',
  'narrator', 'music', 'cinematography', 'editing', 'studio', 'production companies',
  'production company', 'distributor', 'distributors', 'based on', 'italic title', 'native name',
  'preceded by', 'followed by', 'screen story', 'presenter', 'animation', 'layouts', 'color process',
])

/** Keys of `{{Film name}}` that hold a transliteration or translation, not the original title. */
const NOT_ORIGINAL = /romaji|hepburn|translit|translation|literal|pinyin|jyutping|revised|rr|mr|rtgs|latin/i

/**
 * Reads a Wikipedia article's `{{Infobox film}}` into a film, from the article's wikitext or
 * from a Special:Export XML document.
 *
 * @param text The wikitext, or the export XML (detected by its leading `<`).
 * @returns The film with messages carrying the line (and, for wikitext, the column) of each value.
 */
export function fromWikipedia(text: string): ParseResult<Film> {
  if (typeof text !== 'string') {
    throw new TypeError(`Cannot read Wikipedia with \`${typeof text}\` for \`text\`, expected a string`)
  }
  const { value, notes } = _importWikipedia(text)
  return { value, messages: notes.map(({ at: _, ...message }): Message => message) }
}

/**
 * Reads Wikipedia wikitext or export XML into a film and its notes.
 *
 * @param text The wikitext or XML.
 * @returns The film and its notes.
 */
export function _importWikipedia(text: string): _Imported {
  const notes: _Note[] = []
  let wikitext = text
  let pageTitle: string | undefined
  // Note: in XML, entities change the width of a line, so only lines are given there.
  let place = (offset: number) => _lineColumn(wikitext, offset)
  if (/^\s*</.test(text)) {
    const { page, messages } = _mediaWikiXml(text)
    _append(notes, messages)
    if (!page) return { value: undefined, notes }
    wikitext = page.text
    pageTitle = page.title
    if (page.pages > 1) _note(notes, 'warning', 'several-films', `The export holds ${page.pages} pages; only the first is read.`)
    place = (offset) => ({ line: page.line + _lineColumn(wikitext, offset).line - 1 })
  }
  const at = (severity: Message['severity'], rule: string, message: string, offset: number, path?: string) =>
    notes.push({ severity, rule, message, ...place(offset), ...(path !== undefined && { path }) })

  const open = wikitext.search(/\{\{\s*infobox[ _]+(?:film|movie)\s*(?:\||\}\}|<!--|\n)/i)
  if (open === -1) {
    at('error', 'no-film', 'The article has no {{Infobox film}}.', 0)
    return { value: undefined, notes }
  }
  const end = _templateEnd(wikitext, open)
  const inner = wikitext.slice(open + 2, end - 2)
  const params = new Map<string, { value: string; offset: number }>()
  for (const part of _splitPipes(inner).slice(1)) {
    const match = /^([^=]*)=/.exec(part.text)
    if (!match) continue
    const name = match[1]!.trim().toLowerCase().replace(/[_\s]+/g, ' ')
    const value = part.text.slice(match[0].length)
    const lead = value.length - value.trimStart().length
    if (!params.has(name)) params.set(name, { value, offset: open + 2 + part.offset + match[0].length + lead })
  }

  const draft: _Draft = {}
  const read = <T>(result: _WikiRead<T>, offset: number, path: string): T[] => {
    for (const problem of result.problems) at(problem.severity, problem.rule, problem.message, offset, path)
    return result.values
  }
  for (const [name, { value, offset }] of params) {
    const field = FIELDS[name]
    const unknown = (template: string) =>
      at('info', 'unknown-template', `Left out the template {{${template}}} in ${name}: reelmark cannot read it.`, offset, field)
    const lines = () => _plainText(value, unknown).split('\n').filter(Boolean)
    if (!field) {
      if (!KNOWN.has(name) && value.trim() && _plainText(value)) at('warning', 'unknown-field', `Left out ${name}: it is not an {{Infobox film}} parameter.`, offset)
      continue
    }
    if (field === 'title') draft.title = lines().join(' ') || undefined
    else if (field === 'originalTitle') draft.originalTitle = _originalTitle(value, unknown)
    else if (field === 'directors' || field === 'writers' || field === 'stars') {
      const seen = new Set((draft[field] ?? []).map((person) => person.name))
      const people = lines().filter((person) => !seen.has(person)).map((person) => ({ name: person }))
      draft[field] = [...(draft[field] ?? []), ...people]
    } else if (field === 'countries' || field === 'languages') {
      draft[field] = lines().flatMap((line) => line.split(/(?<!\s)\s*,\s*/)).filter(Boolean)
    } else if (field === 'releaseDates') draft.releaseDates = read(_wikiReleases(value, unknown), offset, field)
    else if (field === 'runtimes') draft.runtimes = read(_wikiRuntimes(value, unknown), offset, field)
    else if (field === 'budget' || field === 'grosses') {
      const amounts = read(_wikiMoney(value, unknown), offset, field)
      for (const money of amounts) _checkAmount(money, name, [], field, notes)
      if (field === 'budget') {
        draft.budget = amounts[0]
        if (amounts.length > 1) at('info', 'several-values', `The budget gives ${amounts.length} amounts; the first is kept.`, offset, field)
      } else draft.grosses = amounts
    }
  }

  // Step: fill what the infobox leaves to the page.
  draft.title ??= pageTitle?.replace(/(?<!\s)\s+\((?:\d{4} )?film\)$/, '')
  if (draft.originalTitle === draft.title) delete draft.originalTitle
  const years = (draft.releaseDates ?? []).map((release) => Number(release.date.slice(0, 4)))
  if (years.length > 0) draft.year = _extreme(years, 'min')
  const ignored = [...params.keys()].filter((name) => KNOWN.has(name) && _plainText(params.get(name)!.value))
  if (ignored.length > 0) {
    at('info', 'ignored-field', `Left out ${ignored.join(', ')}: a film record has no place for ${ignored.length > 1 ? 'them' : 'it'}.`, open)
  }
  return _finish(draft, notes)
}

function _originalTitle(value: string, unknown: (name: string) => void): string | undefined {
  const open = value.search(/\{\{\s*film[ _]name\s*\|/i)
  if (open === -1) return _plainText(value, unknown).split('\n')[0]
  const { named, positional } = _template(value, open)
  for (const [key, title] of named) if (!NOT_ORIGINAL.test(key) && _plainText(title)) return _plainText(title)
  return positional[0] ? _plainText(positional[0]) : undefined
}

function _lineColumn(text: string, offset: number): { line: number; column?: number } {
  const before = text.slice(0, offset).split('\n')
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 }
}
