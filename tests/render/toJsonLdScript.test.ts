import { parse } from 'parse5'
import { describe, expect, it } from 'vitest'
import { toJsonLd, toJsonLdScript, type Film } from '../../src/index.js'
import { readFilm } from './_fixtures.js'

interface Node {
  nodeName: string
  value?: string
  attrs?: { name: string; value: string }[]
  childNodes?: Node[]
}

function elements(node: Node, name: string): Node[] {
  const own = node.nodeName === name ? [node] : []
  return [...own, ...(node.childNodes ?? []).flatMap((child) => elements(child, name))]
}

/** Embeds the script in a page the way a site would, then reads it back as an HTML parser does. */
function readBack(script: string) {
  const document = parse(`<!doctype html><html><head>${script}</head><body><p id="after">after</p></body></html>`) as Node
  const scripts = elements(document, 'script')
  const paragraphs = elements(document, 'p')
  const text = (scripts[0]?.childNodes ?? []).map((child) => child.value ?? '').join('')
  return { scripts, paragraphs, text }
}

const PAYLOADS = [
  '</script >',
  '</SCRIPT>',
  '</script\t>',
  '<!--<script>',
  '<!--<script>x</script>-->',
  '</script ><script>window.__pwned = 1</script>',
  'a & b &amp; c',
  'line\u2028separator\u2029paragraph',
  ']]>',
]

describe('toJsonLdScript', () => {
  it.each(PAYLOADS)('keeps %j inside one script element, and JSON.parse gives back the data', (payload) => {
    const film: Film = {
      title: payload,
      directors: [{ name: payload }],
      cast: [{ name: 'Cher', character: payload }],
      reviews: [{ author: payload, sections: [{ kind: 'verdict', paragraphs: [payload, `${payload} again`] }] }],
    }
    const { scripts, paragraphs, text } = readBack(toJsonLdScript(film))
    expect(scripts).toHaveLength(1)
    expect(scripts[0]?.attrs).toEqual([{ name: 'type', value: 'application/ld+json' }])
    expect(paragraphs).toHaveLength(1)
    expect(JSON.parse(text)).toEqual(toJsonLd(film))
    expect(JSON.parse(text).name).toBe(payload)
  })

  it('reads back every hostile string of a whole film exactly', () => {
    const film = readFilm('hostile')
    const { scripts, text } = readBack(toJsonLdScript(film, { baseUrl: 'https://films.example/x' }))
    expect(scripts).toHaveLength(1)
    expect(JSON.parse(text)).toEqual(toJsonLd(film, { baseUrl: 'https://films.example/x' }))
  })

  it('escapes <, >, &, U+2028 and U+2029 as JSON escapes, not HTML entities', () => {
    const script = toJsonLdScript({ title: '<>&\u2028\u2029' }, { indent: 0 })
    expect(script).toBe(
      '<script type="application/ld+json">\n{"@context":"https://schema.org","@type":"Movie","name":"\\u003c\\u003e\\u0026\\u2028\\u2029"}\n</script>',
    )
    const body = script.slice(script.indexOf('\n'), script.lastIndexOf('\n'))
    expect(body).not.toMatch(/[<>&\u2028\u2029]/)
  })

  it('leaves URLs readable', () => {
    const script = toJsonLdScript(readFilm('mask'), { baseUrl: 'https://films.example/mask?a=1&b=2' })
    expect(script).toContain('"https://www.imdb.com/title/tt0089560/"')
    expect(script).toContain('"https://films.example/mask?a=1\\u0026b=2#movie"')
  })

  it('indents with two spaces unless told otherwise', () => {
    expect(toJsonLdScript({ title: 'X' })).toContain('\n  "@type": "Movie",\n')
    expect(toJsonLdScript({ title: 'X' }, { indent: 0 })).toContain('{"@context"')
  })

  it('passes the options of toJsonLd through', () => {
    const messages: string[] = []
    toJsonLdScript({ title: 'X' }, { onMessage: (message) => messages.push(message.rule) })
    expect(messages).toEqual(['jsonld-missing-image'])
    expect(() => toJsonLdScript({ title: 'X' }, { indent: -1 })).toThrow(
      'Cannot render a JSON-LD script with `-1` for `options.indent`, expected a whole number from 0 to 10.',
    )
  })
})
