import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import type { Film } from '../schemas/index.js'
import { _mdastFilm } from './_mdastFilm.js'
import { _checkFilm, _checkOptions, _show } from './_options.js'

/** Options of {@link toMarkdown}. */
export interface MarkdownOptions {
  /** Whether to start with YAML front matter holding the whole record. Default: `false`. */
  frontMatter?: boolean
}

/**
 * Writes a film as markdown: title heading, facts, cast, taglines, reviews with a subheading per
 * section, trivia, goofs and quotes. The document is built as an mdast tree and serialized with
 * remark-stringify, so text from the record always reads back as the same text, never as a
 * heading, link or HTML.
 *
 * @param film The film.
 * @param options Whether to add YAML front matter.
 * @returns The markdown, ending in a newline.
 */
export function toMarkdown(film: Film, options?: MarkdownOptions): string {
  _checkFilm(film, 'render markdown')
  const { frontMatter = false } = _checkOptions(options, 'render markdown', ['frontMatter']) as MarkdownOptions
  if (typeof frontMatter !== 'boolean') {
    throw new TypeError(`Cannot render markdown with \`${_show(frontMatter)}\` for \`options.frontMatter\`, expected a boolean.`)
  }
  // Note: the processor is built once; building it took most of the time of rendering one film.
  processor ??= createProcessor()
  return processor.stringify(_mdastFilm(film, frontMatter))
}

function createProcessor() {
  return unified()
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkGfm)
    .use(remarkStringify, {
      bullet: '-',
      emphasis: '_',
      strong: '*',
      listItemIndent: 'one',
      rule: '-',
      // Note: a "-" line inside a setext heading's text would read back as the heading's underline.
      unsafe: [{ character: '-', atBreak: true, inConstruct: 'phrasing' }],
    })
    .freeze()
}

let processor: ReturnType<typeof createProcessor> | undefined
