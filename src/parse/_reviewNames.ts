import { _isSpaceCode } from './_isSpaceCode.js'
import { _isWordCode } from './_isWordCode.js'
import { _ungluedName } from './_ungluedName.js'

// The names a review speaks of: the pattern of a person's name and how a name found is cleaned.

// A capitalised word of a name: "Peter", "O'Toole", "Jean-Paul", "L.", "McDermott".
// Note: an initial is tried first, so that "Steven C. Miller" goes on past its stop.
export const _NAME_WORD = String.raw`(?:[JS]r\.|\p{Lu}\.(?=\s\p{Lu})|\p{Lu}\p{Ll}*(?:['’]\p{Lu}?\p{Ll}+|\p{Lu}\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)?|\p{Lu}\.)`
const PARTICLE = String.raw`(?:de|da|di|del|della|van|von|der|den|le|la|du|y|st\.)`
const NICK = String.raw`(?:["“'‘]\p{Lu}[\p{L}.' ]*?["”'’])`
export const _NAME = String.raw`${_NAME_WORD}(?:\s(?:${PARTICLE}\s)?(?:${_NAME_WORD}|${NICK}))*`
// Words that start sentences or clauses but never a name.
export const _NOT_NAMES = new Set([
  'The', 'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'And', 'But',
  'Yet', 'Or', 'So', 'Just', 'Such', 'Even', 'Much', 'Well', 'As', 'In', 'On', 'At', 'By', 'For',
  'With', 'From', 'Equally', 'Rounding', 'His', 'Her', 'Their', 'A', 'An', 'When', 'While', 'After',
  'Before', 'Then', 'There', 'Here', 'What', 'Who', 'Why', 'How', 'Also', 'Both', 'All', 'Only',
  'Director', 'Screenwriter', 'Writer', 'Star', 'Stars', 'Starring', 'Based', 'Mr.', 'Mrs.', 'Ms.',
  'Dr.', 'If', 'Not', 'No', 'Now', 'One', 'Some', 'Each', 'Every', 'Most', 'Many', 'More',
  // Note: scraped pages leave "Advertisement" glued into sentences.
  'Advertisement', 'Written',
])

/**
 * Whether a name needs no cleaning: words parted by single spaces, with no curly apostrophe, no
 * possessive and no mark at its end; what `^[^\s’]+(?: [^\s’]+)*$` and not `'s\b|[.,;:]$` tell,
 * in one pass over its code units instead of two searches.
 */
export function _isPlainName(name: string): boolean {
  let previous = 0x20
  for (let at = 0; at < name.length; at++) {
    const code = name.charCodeAt(at)
    if (code === 0x20) {
      // Note: a space first, or after another, is no single space between words.
      if (previous === 0x20) return false
    } else if (code === 0x2019 || _isSpaceCode(code)) return false
    else if (code === 0x27 && name.charCodeAt(at + 1) === 0x73 && !_isWordCode(name.charCodeAt(at + 2))) return false
    previous = code
  }
  return previous !== 0x20 && previous !== 0x2e && previous !== 0x2c && previous !== 0x3b && previous !== 0x3a
}

/**
 * Cleans a name as read: the words before it that never start a name go, a possessive ends it,
 * and what a scraped page glued to it is taken apart (see `_ungluedName`).
 *
 * @param name The name as the pattern found it.
 * @returns The name, or `undefined` when nothing of a name is left.
 */
export function _cleanName(name: string): string | undefined {
  // Note: most names come back as they are, and this check builds no list of words; a name
  // with a possessive ("Gillian Robespierre's "Obvious Child"") takes the long way.
  if (_isPlainName(name)) {
    const space = name.indexOf(' ')
    if (!_NOT_NAMES.has(space === -1 ? name : name.slice(0, space))) return _ungluedName(name)
  }
  // Note: a possessive ends the name.
  const words = name.trim().replace(/[’]/g, "'").replace(/'s\b.*$/s, '').split(/\s+/)
  while (words.length > 0 && _NOT_NAMES.has(words[0]!)) words.shift()
  const cleaned = _ungluedName(words.join(' ').replace(/[.,;:]$/, ''))
  if (!cleaned || _NOT_NAMES.has(cleaned)) return undefined
  return cleaned
}
