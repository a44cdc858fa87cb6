import { _regionCodes } from '../schemas/_regionCodes.js'
import { _trieAlternation } from './_trieAlternation.js'

/** A region named in a text, and where. */
export interface _RegionMatch {
  /** ISO 3166-1 alpha-2 code. */
  code: string
  /** Offset of the first character of the mention. */
  start: number
  /** Offset just past the mention. */
  end: number
}

// Note: ICU folds these withdrawn codes into their successors (DD -> Germany, SU -> Russia), so
// their names come from the alias table instead.
const WITHDRAWN = new Set(['AN', 'BU', 'CS', 'DD', 'SU', 'TP', 'YD', 'YU', 'ZR'])

// Locales whose region names film pages are most often written in.
const LOCALES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'hu', 'sv', 'pl']

// Short forms, historic names and common spellings that ICU does not give.
const ALIASES: Record<string, string> = {
  usa: 'US', 'u.s.a.': 'US', 'u.s.': 'US', america: 'US', 'united states of america': 'US',
  domestic: 'US', domestically: 'US', 'north america': 'US',
  uk: 'GB', 'u.k.': 'GB', britain: 'GB', 'great britain': 'GB', england: 'GB', scotland: 'GB',
  wales: 'GB', 'northern ireland': 'GB',
  'west germany': 'DE', 'federal republic of germany': 'DE', frg: 'DE', brd: 'DE',
  'east germany': 'DD', gdr: 'DD', ddr: 'DD', 'german democratic republic': 'DD',
  'soviet union': 'SU', ussr: 'SU', 'u.s.s.r.': 'SU', czechoslovakia: 'CS', yugoslavia: 'YU',
  'federal republic of yugoslavia': 'YU', burma: 'BU', zaire: 'ZR',
  'czech republic': 'CZ', turkey: 'TR', holland: 'NL', 'the netherlands': 'NL',
  'korea': 'KR', 'republic of korea': 'KR', 'hong kong': 'HK', macau: 'MO', macao: 'MO',
  'ivory coast': 'CI', 'bosnia and herzegovina': 'BA', 'republic of ireland': 'IE', eire: 'IE',
  uae: 'AE', 'vatican city': 'VA', 'the philippines': 'PH', 'mainland china': 'CN', prc: 'CN',
  'people\'s republic of china': 'CN', 'republic of china': 'TW', 'new zealand': 'NZ', nz: 'NZ',
  'south africa': 'ZA', 'democratic republic of the congo': 'CD', 'dr congo': 'CD',
  'republic of the congo': 'CG', 'north macedonia': 'MK', macedonia: 'MK', 'east timor': 'TL',
  persia: 'IR', siam: 'TH', ceylon: 'LK', rhodesia: 'ZW', kampuchea: 'KH', swaziland: 'SZ',
  'cape verde': 'CV', 'palestinian territories': 'PS', palestine: 'PS',
}

// Adjectives of the countries that make most films ("a French film", "British gross").
const ADJECTIVES: Record<string, string> = {
  american: 'US', 'u.s': 'US', british: 'GB', english: 'GB', scottish: 'GB', welsh: 'GB',
  irish: 'IE', french: 'FR', german: 'DE', 'west german': 'DE', 'east german': 'DD',
  italian: 'IT', spanish: 'ES', portuguese: 'PT', dutch: 'NL', belgian: 'BE', swiss: 'CH',
  austrian: 'AT', swedish: 'SE', norwegian: 'NO', danish: 'DK', finnish: 'FI', icelandic: 'IS',
  polish: 'PL', czech: 'CZ', czechoslovak: 'CS', slovak: 'SK', hungarian: 'HU', romanian: 'RO',
  bulgarian: 'BG', greek: 'GR', turkish: 'TR', russian: 'RU', soviet: 'SU', ukrainian: 'UA',
  yugoslav: 'YU', yugoslavian: 'YU', serbian: 'RS', croatian: 'HR', slovenian: 'SI',
  estonian: 'EE', latvian: 'LV', lithuanian: 'LT', georgian: 'GE', armenian: 'AM', israeli: 'IL',
  iranian: 'IR', egyptian: 'EG', lebanese: 'LB', moroccan: 'MA', tunisian: 'TN', algerian: 'DZ',
  nigerian: 'NG', 'south african': 'ZA', senegalese: 'SN', indian: 'IN', pakistani: 'PK',
  bangladeshi: 'BD', 'sri lankan': 'LK', chinese: 'CN', 'hong kong': 'HK', taiwanese: 'TW',
  japanese: 'JP', korean: 'KR', 'south korean': 'KR', 'north korean': 'KP', thai: 'TH',
  vietnamese: 'VN', filipino: 'PH', philippine: 'PH', indonesian: 'ID', malaysian: 'MY',
  singaporean: 'SG', australian: 'AU', 'new zealand': 'NZ', canadian: 'CA', mexican: 'MX',
  brazilian: 'BR', argentine: 'AR', argentinian: 'AR', chilean: 'CL', colombian: 'CO',
  peruvian: 'PE', venezuelan: 'VE', cuban: 'CU', uruguayan: 'UY', bolivian: 'BO',
}

// Upper-case short forms that count as a region only when written in capitals.
const CAPITALS: Record<string, string> = { USA: 'US', UK: 'GB', UAE: 'AE', USSR: 'SU', FRG: 'DE', GDR: 'DD' }

let names: Map<string, string> | undefined
let finder: RegExp | undefined

// Note: NFC leaves ASCII as it is, and a text without these needs no replacing; most names found
// in running text are plain ASCII with single spaces, and the full fold cost more than the search.
const PAST_ASCII = /[^\x00-\x7f]/
const UNEVEN_SPACE = /[^\S ]|\s\s/

function _fold(text: string): string {
  let folded = PAST_ASCII.test(text) ? text.normalize('NFC').toLowerCase().replace(/[’]/g, "'") : text.toLowerCase()
  if (UNEVEN_SPACE.test(folded)) folded = folded.replace(/\s+/g, ' ')
  return folded.trim()
}

function _names(): Map<string, string> {
  if (names) return names
  names = new Map()
  for (const locale of LOCALES) {
    let display: Intl.DisplayNames
    try {
      display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' })
    } catch {
      continue
    }
    for (const code of _regionCodes) {
      if (WITHDRAWN.has(code)) continue
      const name = display.of(code)
      if (!name) continue
      const folded = _fold(name)
      if (!names.has(folded)) names.set(folded, code)
      // "Hong Kong SAR China" and "Myanmar (Burma)" are also written short.
      const short = folded.replace(/(?<!\s)\s*\([^()]*\)$/, '').replace(/ sar china$/, '')
      if (!names.has(short)) names.set(short, code)
    }
  }
  for (const [name, code] of Object.entries(ALIASES)) names.set(name, code)
  return names
}

function _escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Reads a whole string as a region: a country name in a common language, a short form ("USA",
 * "UK", "(USA)"), an adjective ("French") or an alpha-2 code in capitals.
 *
 * @param text A region name, code or adjective, optionally in parentheses.
 * @returns The ISO 3166-1 alpha-2 code, or `undefined` when the text names no known region.
 */
export function _regionCode(text: string): string | undefined {
  const bare = text.trim().replace(/^\((.*)\)$/s, '$1').replace(/^the\s+/i, '').trim()
  if (bare === '') return undefined
  if (CAPITALS[bare]) return CAPITALS[bare]
  if (/^[A-Z]{2}$/.test(bare) && _regionCodes.includes(bare)) return bare === 'UK' ? 'GB' : bare
  const folded = _fold(bare)
  const plain = folded.replace(/\.$/, '')
  return _names().get(folded) ?? _names().get(plain) ?? _names().get(`the ${folded}`) ?? ADJECTIVES[plain]
}

/** The code of a name or adjective the finder found in running text. */
function _foundCode(found: string): string | undefined {
  const folded = _fold(found)
  return _names().get(folded) ?? ADJECTIVES[folded]
}

/** Whether a word is two to four capitals A to Z, as `/^[A-Z]{2,4}$/` tells, without running a pattern per word. */
function _isShortCapitals(word: string): boolean {
  if (word.length < 2 || word.length > 4) return false
  for (let at = 0; at < word.length; at++) {
    const code = word.charCodeAt(at)
    if (code < 0x41 || code > 0x5a) return false
  }
  return true
}

/**
 * Whether a match of the finder can start at `at`: both its branches need the character before to
 * be no letter or digit of ASCII (nor "ſ" or the Kelvin sign, which `\\b` counts as word characters
 * when case is ignored); and no match starts inside a surrogate pair.
 */
function _mayStart(text: string, at: number): boolean {
  if (at === 0) return true
  const before = text.charCodeAt(at - 1)
  if (before < 0x80) {
    const lower = before | 0x20
    return !((before >= 0x30 && before <= 0x39) || (lower >= 0x61 && lower <= 0x7a))
  }
  if (before === 0x17f || before === 0x212a) return false
  const code = text.charCodeAt(at)
  return !(before >= 0xd800 && before <= 0xdbff && code >= 0xdc00 && code <= 0xdfff)
}

/**
 * Finds the first region named inside a longer text, preferring the longest name at each place.
 *
 * @param text The text to search, such as `"$42,400,000 (USA)"` or `"Gross in the UK"`.
 * @param from Offset to start searching at, default `0`.
 * @returns The region and its span, or `undefined` when none is named.
 */
export function _findRegion(text: string, from = 0): _RegionMatch | undefined {
  if (!finder) {
    const words = [..._names().keys(), ...Object.keys(ADJECTIVES)].filter((word) => word.length > 2 || word === 'uk' || word === 'us')
    // Note: names match in any case; two- and three-letter forms only in capitals, below. The
    // names form a prefix tree: one alternation of a thousand names took 0.1 ms a search.
    finder = new RegExp(`(?<![\\p{L}\\p{N}])${_trieAlternation(words, _escape)}(?![\\p{L}\\p{N}])|\\b[A-Z]{2,4}\\b`, 'iuy')
  }
  // Note: the finder runs, sticky, only where a match can start, as a search would find it: a
  // search tried the tree of names at every character, some 40 ns each.
  for (let at = from; at < text.length; at++) {
    if (!_mayStart(text, at)) continue
    finder.lastIndex = at
    const match = finder.exec(text)
    if (!match) continue
    // Note: as a search does, the next try starts past this match.
    at = match.index + match[0].length - 1
    const found = match[0]
    // Note: a bare two-letter code counts only as "(DE)" or "DE:", so "TV version" is no Tuvalu.
    const boxed = text[match.index - 1] === '(' && text[match.index + found.length] === ')'
    const labelled = text[match.index + found.length] === ':'
    const code =
      _isShortCapitals(found)
        ? (CAPITALS[found] ??
          (found.length === 2 && (boxed || labelled) && _regionCodes.includes(found) ? found : undefined))
        : found.length <= 3 && found !== found.toUpperCase()
          ? undefined
          : _foundCode(found)
    if (code) return { code, start: match.index, end: match.index + found.length }
  }
  return undefined
}
