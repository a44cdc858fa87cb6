import { _clean } from './_clean.js'

/** A template call found in wikitext. */
export interface _Template {
  /** The template's name, lower case, single-spaced, such as `"film date"`. */
  name: string
  /** Positional parameters, in order. */
  positional: string[]
  /** Named parameters. */
  named: Map<string, string>
  /** Offset of `{{`. */
  start: number
  /** Offset just past `}}`. */
  end: number
}

/**
 * Finds the end of the template, link or comment that opens at an offset.
 *
 * @param text The wikitext.
 * @param start Offset of `{{`.
 * @returns Offset just past the matching `}}`, or the text's length when it is never closed.
 */
export function _templateEnd(text: string, start: number): number {
  let depth = 0
  for (let index = start; index < text.length; index++) {
    if (text.startsWith('<!--', index)) {
      const close = text.indexOf('-->', index + 4)
      index = close === -1 ? text.length : close + 2
    } else if (text.startsWith('{{', index)) {
      depth++
      index++
    } else if (text.startsWith('}}', index)) {
      depth--
      index++
      if (depth === 0) return index + 1
    }
  }
  return text.length
}

/**
 * Splits the inside of a template or link at its top-level `|`, leaving those inside nested
 * templates and links alone.
 *
 * @param inner The text between `{{` and `}}`.
 * @returns The parts, with the offset of each in `inner`.
 */
export function _splitPipes(inner: string): { text: string; offset: number }[] {
  const parts: { text: string; offset: number }[] = []
  let depth = 0
  let from = 0
  for (let index = 0; index < inner.length; index++) {
    const two = inner.slice(index, index + 2)
    if (two === '{{' || two === '[[') {
      depth++
      index++
    } else if ((two === '}}' || two === ']]') && depth > 0) {
      depth--
      index++
    } else if (inner[index] === '|' && depth === 0) {
      parts.push({ text: inner.slice(from, index), offset: from })
      from = index + 1
    }
  }
  parts.push({ text: inner.slice(from), offset: from })
  return parts
}

/**
 * Reads the template that opens at an offset.
 *
 * @param text The wikitext.
 * @param start Offset of `{{`.
 * @returns The template's name and parameters.
 */
export function _template(text: string, start: number): _Template {
  const end = _templateEnd(text, start)
  const inner = text.slice(start + 2, text.slice(start, end).endsWith('}}') ? end - 2 : end)
  const [head, ...rest] = _splitPipes(inner)
  const positional: string[] = []
  const named = new Map<string, string>()
  for (const { text: part } of rest) {
    const match = /^([^=[\]{}]+)=([\s\S]*)$/.exec(part)
    if (match) named.set(match[1]!.trim().toLowerCase(), match[2]!.trim())
    else positional.push(part.trim())
  }
  const name = (head?.text ?? '').replace(/<!--[\s\S]*?-->/g, '').replace(/[\s_]+/g, ' ').trim().toLowerCase()
  return { name, positional, named, start, end }
}

/** Templates whose parameters are the items of a list. */
const LISTS = /^(?:ubl|ublist|unbulleted list|plainlist|plain list|flatlist|flat list|hlist|bulleted list|bulleted|collapsible list|indented plainlist|startplainlist)$/

/** Templates that only add notes or cleanup tags. */
const NOTES = /^(?:fact|citation needed|cn|efn|efn-ua|sfn|refn|dubious|when|by whom|clarify|better source|better source needed|failed verification|according to whom|r|rp|dead link|nbsp|cite .*)$/

/** Currency templates, and the symbol each stands for. */
const CURRENCIES: Record<string, string> = {
  'us$': 'US$', usd: 'US$', '$': '$', gbp: '£', '£': '£', jpy: '¥', '¥': '¥', yen: '¥', inr: '₹',
  '₹': '₹', eur: '€', '€': '€', cad: 'CA$', aud: 'A$', cny: 'CN¥', krw: '₩', '₩': '₩',
}

/**
 * Turns wikitext into plain text: comments, `<ref>` citations and note templates removed, list
 * templates and `<br>` turned into lines, `[[target|label]]` into its label, markup and tags
 * stripped, entities decoded.
 *
 * @param wikitext The wikitext of one value.
 * @param unknown Called with the name of each template it cannot read (and leaves out).
 * @returns The text, one item a line.
 */
export function _plainText(wikitext: string, unknown: (name: string) => void = () => {}): string {
  let text = wikitext
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<ref\b[^>]*\/>/gi, '')
    .replace(/<ref\b[^>]*>[\s\S]*?(?:<\/ref\s*>|$)/gi, '')

  // Step: expand templates from the innermost out.
  for (let guard = 0; guard < 500; guard++) {
    const open = text.lastIndexOf('{{')
    if (open === -1) break
    const template = _template(text, open)
    text = text.slice(0, open) + _expand(template, unknown) + text.slice(template.end)
  }

  // Step: links, lines, markup.
  text = text
    .replace(/\[\[(?:file|image|category):[^\]]*\]\]/gi, '')
    .replace(/\[\[([^[\]|]*)\|([^[\]]*)\]\]/g, '$2')
    .replace(/\[\[([^[\]|]*)\]\]/g, (_, target: string) => target.replace(/^:/, ''))
    .replace(/\[(?:https?:)?\/\/[^\s[\]]+\s([^\]]*)\]/g, (_, label: string) => label.trimStart())
    .replace(/\[(?:https?:)?\/\/[^\s\]]+\]/g, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/'{2,}/g, '')
  return text
    .split('\n')
    .map((line) => _clean(line.replace(/^\s*[*#:]+\s*/, '')) ?? '')
    .filter(Boolean)
    .join('\n')
}

function _expand(template: _Template, unknown: (name: string) => void): string {
  const { name, positional, named } = template
  if (LISTS.test(name)) return `\n${positional.filter((item) => item !== '').join('\n')}\n`
  if (NOTES.test(name)) return ''
  if (name in CURRENCIES) return `${CURRENCIES[name]}${positional[0] ?? ''}`
  if (/^(?:nowrap|nobr|small|big|no ?italic|noitalic|nobold|resize|smaller|larger|center|abbr)$/.test(name)) return positional[0] ?? ''
  if (name === 'lang' || name === 'langx') return positional[1] ?? ''
  if (/^lang-/.test(name)) return positional.at(-1) ?? ''
  if (name === 'nihongo') return positional[0] ?? ''
  if (name === 'based on') return positional.filter(Boolean).join(' by ')
  if (name === 'film date') return _filmDateText(positional)
  if (name === 'start date' || name === 'release date') return positional.slice(0, 3).join('-')
  if (name === 'ndash' || name === 'snd') return ' – '
  if (name === 'mdash') return ' — '
  if (name === '!') return '|'
  unknown(name)
  void named
  return ''
}

function _filmDateText(positional: string[]): string {
  const lines: string[] = []
  for (let index = 0; index < positional.length; index += 4) {
    lines.push(positional.slice(index, index + 3).filter(Boolean).join('-') + (positional[index + 3] ? ` (${positional[index + 3]})` : ''))
  }
  return `\n${lines.join('\n')}\n`
}
