import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { _mdastFilm } from '../../src/render/_mdastFilm.js'
import { safeParseFilm, toMarkdown, type Film } from '../../src/index.js'
import { expectGolden, FIXTURES, readFilm } from './_fixtures.js'
import { mdastMeaning } from '../_mdastMeaning.js'

const reader = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])
const gfmReader = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm)


/**
 * GFM reads a bare `https://` address in text as a link to itself (an autolink literal), however it
 * is escaped; turn those back into their text. Any other link stays, so the comparison catches it.
 */
function unlinkLiterals(node: any): any {
  if (node?.type === 'link' && /^https?:\/\//.test(node.url) && node.children.length === 1 && node.children[0].value === node.url) {
    return { type: 'text', value: node.url }
  }
  return node?.children ? { ...node, children: node.children.map(unlinkLiterals) } : node
}

function types(node: any): string[] {
  return [node.type, ...(node.children ?? []).flatMap(types)]
}

describe('toMarkdown', () => {
  it('renders every fixture film as its golden markdown', () => {
    for (const name of FIXTURES) expectGolden(`${name}.md`, toMarkdown(readFilm(name)))
  })

  it.each(FIXTURES)('reads back as the very tree it was built from (%s)', (name) => {
    const film = readFilm(name)
    const markdown = toMarkdown(film, { frontMatter: true })
    expect(mdastMeaning(reader.parse(markdown))).toEqual(mdastMeaning(_mdastFilm(film, true)))
    expect(mdastMeaning(unlinkLiterals(gfmReader.parse(markdown))), 'with GFM').toEqual(mdastMeaning(_mdastFilm(film, true)))
  })

  it('keeps hostile text as text: no heading, link, HTML, code or break comes from the record', () => {
    const film = readFilm('hostile')
    const markdown = toMarkdown(film)
    const parsed = unlinkLiterals(gfmReader.parse(markdown)) as Root
    const found = new Set(types(parsed))
    for (const type of ['html', 'link', 'image', 'code', 'inlineCode', 'definition', 'thematicBreak', 'delete', 'linkReference', 'table', 'footnoteReference']) {
      expect(found.has(type), type).toBe(false)
    }
    const headings = parsed.children.filter((node) => node.type === 'heading')
    expect(headings.map((heading) => (heading.children[0] as { value: string }).value)).toEqual([
      '# not a heading </script ><!--<script>alert(1)</script> (2001)',
      'Cast',
      'Taglines',
      'Reviews',
      '<svg onload=alert(3)>',
      'Verdict',
      'Trivia',
      'Goofs',
      'Quotes',
    ])
    expect(markdown).toContain('\\[x]\\(javascript:alert(1))')
  })

  it('puts each review section under its own subheading', () => {
    const markdown = toMarkdown(readFilm('rich'))
    expect(markdown).toContain('### Warm and unsentimental\n\n_By Dana Reel · 1985-03-15 · Rating: 4 out of 5 stars_\n\n#### Overview\n\nA family drama that never asks for pity.\n\nIt earns every tear it gets.\n\n#### Acting\n')
    expect(markdown).toContain('### Review by The Weekly Frame\n\n_Rating: three stars_\n\n#### Verdict\n\nGood, not great.\n')
  })

  it('starts with YAML front matter holding the record when asked, which validates and reads back', () => {
    const film = readFilm('rich')
    const markdown = toMarkdown(film, { frontMatter: true })
    expect(markdown.startsWith('---\ntitle: Mask\n')).toBe(true)
    const yaml = (reader.parse(markdown) as Root).children[0]
    expect(yaml?.type).toBe('yaml')
    const record = parseYaml((yaml as { value: string }).value) as Film
    expect(record).toEqual(film)
    expect(safeParseFilm(record).success).toBe(true)
    expect(toMarkdown(film).startsWith('# Mask (1985)\n')).toBe(true)
  })

  it('throws on misuse, naming the option', () => {
    expect(() => toMarkdown({ title: 'X' }, { frontMatter: 'yes' as never })).toThrow(
      'Cannot render markdown with `yes` for `options.frontMatter`, expected a boolean.',
    )
    expect(() => toMarkdown({ title: 'X' }, { front: true } as never)).toThrow('for `options.front`')
  })
})
