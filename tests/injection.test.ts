import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse as parseHtml } from 'parse5'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { importFilm, mergeFilms, parseFilmPage, parseReview, toHtml, toJsonLd, toJsonLdScript, toMarkdown, validateFile, validateFilms, type Film } from '../src/index.js'

const folder = mkdtempSync(join(tmpdir(), 'reelmark-injection-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

function file(name: string, text: string): string {
  const path = join(folder, name)
  writeFileSync(path, text)
  return path
}

/** Whether anything has been added to the prototype every object shares. */
function polluted(): string[] {
  return ['polluted', 'isAdmin', 'title'].filter((key) => key in {} || Object.hasOwn(Object.prototype, key))
}

afterEach(() => {
  expect(polluted(), 'Object.prototype stays clean').toEqual([])
})

const PROTO_JSON = '{"title":"Mask","__proto__":{"polluted":true},"constructor":{"prototype":{"isAdmin":true}}}'

describe('prototype pollution', () => {
  it('importFilm leaves Object.prototype alone and reports the keys', () => {
    for (const text of [PROTO_JSON.replace('"title"', '"Title"').replace('{', '{"Response":"True",'), PROTO_JSON.replace('{', '{"@type":"Movie","name":"Mask",')]) {
      const { value, messages } = importFilm(text)
      expect(value?.title).toBe('Mask')
      expect(Object.keys(value ?? {})).not.toContain('__proto__')
      expect(messages.map((message) => message.message).join(' ')).toMatch(/__proto__/)
    }
  })

  it('importFilm reads a parsed value with own __proto__ and constructor keys', () => {
    const { value } = importFilm(JSON.parse(PROTO_JSON.replace('"title"', '"Title"').replace('{', '{"Response":"True",')) as object)
    expect(value?.title).toBe('Mask')
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
  })

  it('validate reports __proto__ and constructor keys in JSON, JSON Lines, YAML, front matter and CSV', async () => {
    const reports = await Promise.all([
      validateFile(file('proto.json', PROTO_JSON)),
      validateFile(file('proto.jsonl', `${PROTO_JSON}\n`)),
      validateFile(file('proto.yaml', 'title: Mask\n__proto__:\n  polluted: true\nconstructor:\n  prototype:\n    isAdmin: true\n')),
      validateFile(file('proto.md', '---\ntitle: Mask\n__proto__:\n  polluted: true\n---\n')),
      validateFile(file('proto.csv', 'title,__proto__,constructor\nMask,x,y\n')),
    ])
    for (const report of reports) {
      const named = report.issues.map((issue) => `${issue.rule} ${issue.path} ${issue.message}`).join('\n')
      expect(named, report.path).toMatch(/__proto__/)
    }
    // Note: the schema names the first unknown key of a record.
    expect(reports[0]!.issues.map((issue) => `${issue.rule} ${issue.path}`)).toEqual(['unknown-field __proto__'])
  })

  it('validateFilms and mergeFilms keep such keys as data, never as prototypes', () => {
    const film = JSON.parse(PROTO_JSON) as Film
    expect(validateFilms([film]).issues.map((issue) => issue.path)).toEqual(['__proto__'])
    expect(validateFilms([{ title: 'Mask', constructor: { prototype: { isAdmin: true } } } as Film]).issues.map((issue) => issue.path)).toEqual(['constructor'])
    const { value } = mergeFilms([{ title: 'Mask' }, film])
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
  })

  it('parseFilmPage and parseReview read __proto__ and constructor as words', () => {
    expect(parseFilmPage('__proto__: polluted\nconstructor: x\nDirector: Jane Doe\n', { title: 'Mask' }).value?.directors).toEqual([{ name: 'Jane Doe' }])
    expect(parseFilmPage(`\`\`\`json\n${PROTO_JSON}\n\`\`\`\n`).value?.title).toBe('Mask')
    expect(parseReview('__proto__ constructor prototype. I give it 7/10.', { title: 'Mask' }).value?.reviews?.[0]?.rating?.value).toBe(7)
  })
})

interface HtmlNode {
  nodeName: string
  value?: string
  attrs?: { name: string; value: string }[]
  childNodes?: HtmlNode[]
}

function all(node: HtmlNode): HtmlNode[] {
  return [node, ...(node.childNodes ?? []).flatMap(all)]
}

const PAYLOADS = [
  '</script><script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '<a href="javascript:alert(1)">x</a>',
  '<javascript:alert(1)>',
  '![x](javascript:alert(1))',
  '[x]: javascript:alert(1)\n\n[x]',
  '<svg onload=alert(1)>',
  '<!--',
  '<iframe src="data:text/html,<script>alert(1)</script>">',
]

/** A film with the payload in every text field. */
function everywhere(payload: string): Film {
  return {
    title: payload,
    originalTitle: payload,
    logline: payload,
    synopsis: payload,
    genres: [payload],
    directors: [{ name: payload }],
    cast: [{ name: payload, character: payload }],
    taglines: [payload],
    trivia: [payload],
    goofs: [{ category: payload, text: payload }],
    quotes: [{ lines: [{ character: payload, text: payload, note: payload }] }],
    awards: [{ name: payload, category: payload }],
    reviews: [{ title: payload, author: payload, rating: { value: 1, text: payload }, sections: [{ kind: 'verdict', paragraphs: [payload] }] }],
  }
}

describe('markup injection through record fields', () => {
  it.each(PAYLOADS)('toHtml gives no script, event handler or javascript: address for %j', (payload) => {
    const document = parseHtml(toHtml(everywhere(payload))) as HtmlNode
    const nodes = all(document)
    const scripts = nodes.filter((node) => node.nodeName === 'script')
    expect(scripts.every((node) => node.attrs?.some((attr) => attr.name === 'type' && attr.value === 'application/ld+json'))).toBe(true)
    for (const node of nodes) {
      for (const attr of node.attrs ?? []) {
        expect(attr.name, node.nodeName).not.toMatch(/^on/i)
        expect(attr.value.replace(/\s/g, ''), `${node.nodeName} ${attr.name}`).not.toMatch(/^(?:javascript|vbscript|data):/i)
      }
      expect(['iframe', 'img', 'svg', 'object', 'embed']).not.toContain(node.nodeName)
    }
  })

  it.each(PAYLOADS)('toMarkdown keeps %j as text: no link, image, definition or HTML node', (payload) => {
    const tree = unified().use(remarkParse).use(remarkGfm).parse(toMarkdown(everywhere(payload)))
    const types = (node: { type: string; children?: unknown[] }): string[] => [node.type, ...((node.children ?? []) as { type: string }[]).flatMap(types)]
    for (const type of ['html', 'link', 'image', 'definition', 'linkReference', 'imageReference']) expect(types(tree)).not.toContain(type)
  })

  it.each(PAYLOADS)('toJsonLdScript keeps %j inside its one script element', (payload) => {
    const film = everywhere(payload)
    const document = parseHtml(`<head>${toJsonLdScript(film)}</head>`) as HtmlNode
    const scripts = all(document).filter((node) => node.nodeName === 'script')
    expect(scripts).toHaveLength(1)
    expect(JSON.parse(scripts[0]!.childNodes?.[0]?.value ?? '')).toEqual(toJsonLd(film))
  })
})
