import type { Root, RootContent } from 'mdast'
import { stringify as stringifyYaml } from 'yaml'
import type { Film } from '../schemas/index.js'
import { _facts } from './_facts.js'
import { _formatTitle } from './_format.js'
import { _heading, _labelled, _list, _paragraph, _text } from './_mdast.js'
import { _mdastReviews } from './_mdastReviews.js'
import { _append } from '../_append.js'

/**
 * Builds the mdast tree of a film: title heading, facts, synopsis, cast, taglines, reviews,
 * trivia, goofs and quotes. Every value from the record sits in a text node.
 *
 * @param film The film.
 * @param frontMatter Whether to start with YAML front matter holding the record.
 * @returns The mdast root.
 */
export function _mdastFilm(film: Film, frontMatter: boolean): Root {
  const blocks: RootContent[] = []
  if (frontMatter) blocks.push({ type: 'yaml', value: stringifyYaml(film).trimEnd() })
  blocks.push(_heading(1, _formatTitle(film)))
  if (film.logline) blocks.push(_paragraph({ type: 'emphasis', children: [_text(film.logline)] }))

  // Facts, one labelled line each.
  const facts = _facts(film)
  if (facts.length > 0) blocks.push(_list(facts.map((fact) => _labelled(fact.label, fact.values.join('; ')))))

  if (film.synopsis) blocks.push(_heading(2, 'Synopsis'), _paragraph(film.synopsis))

  if (film.cast?.length) {
    blocks.push(
      _heading(2, 'Cast'),
      _list(
        film.cast.map((credit) => {
          const as = credit.character ? ` as ${credit.character}` : ''
          const credited = credit.creditedAs ? ` (credited as ${credit.creditedAs})` : ''
          return _paragraph(`${credit.name}${as}${credited}`)
        }),
      ),
    )
  }
  if (film.taglines?.length) {
    blocks.push(_heading(2, 'Taglines'), _list(film.taglines.map((tagline) => _paragraph(tagline))))
  }
  _append(blocks, _mdastReviews(film.reviews ?? []))
  if (film.trivia?.length) blocks.push(_heading(2, 'Trivia'), _list(film.trivia.map((item) => _paragraph(item))))
  if (film.goofs?.length) {
    blocks.push(
      _heading(2, 'Goofs'),
      _list(film.goofs.map((goof) => (goof.category ? _labelled(capitalize(goof.category), goof.text) : _paragraph(goof.text)))),
    )
  }
  if (film.quotes?.length) {
    blocks.push(_heading(2, 'Quotes'))
    for (const quote of film.quotes) {
      blocks.push({
        type: 'blockquote',
        children: quote.lines.map((line) =>
          _paragraph(
            ...(line.character ? [{ type: 'strong' as const, children: [_text(`${line.character}:`)] }, ' '] : []),
            line.text,
            ...(line.note ? [' ', { type: 'emphasis' as const, children: [_text(`(${line.note})`)] }] : []),
          ),
        ),
      })
    }
  }
  return { type: 'root', children: blocks }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
