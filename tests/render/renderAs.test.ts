import { describe, expect, it } from 'vitest'
import { RENDER_FORMATS, renderAs, toCard, toHtml, toJsonLd, toMarkdown, type Film } from '../../src/index.js'
import { readFilm } from './_fixtures.js'

const mask = readFilm('mask')
const other: Film = { title: 'Paper Moon', year: 1973, reviews: [{ sections: [{ kind: 'verdict', paragraphs: ['Yes.'] }] }] }

describe('renderAs', () => {
  it('gives each renderer’s output for one film', () => {
    expect(renderAs(mask, 'json').text).toBe(`${JSON.stringify(mask, null, 2)}\n`)
    expect(renderAs(mask, 'markdown', { frontMatter: true }).text).toBe(toMarkdown(mask, { frontMatter: true }))
    expect(renderAs(mask, 'jsonld', { baseUrl: 'https://films.example/m' }).text).toBe(
      `${JSON.stringify(toJsonLd(mask, { baseUrl: 'https://films.example/m' }), null, 2)}\n`,
    )
    expect(renderAs(mask, 'html').text).toBe(toHtml(mask))
    expect(renderAs(mask, 'card', { width: 40, ascii: true }).text).toBe(toCard(mask, { width: 40, ascii: true }))
    expect(RENDER_FORMATS).toEqual(['json', 'markdown', 'jsonld', 'html', 'card'])
  })

  it('writes JSON Lines for several films in json and jsonld, and one page in html', () => {
    expect(renderAs([mask, other], 'json').text).toBe(`${JSON.stringify(mask)}\n${JSON.stringify(other)}\n`)
    expect(renderAs([mask, other], 'jsonld').text).toBe(`${JSON.stringify(toJsonLd(mask))}\n${JSON.stringify(toJsonLd(other))}\n`)
    expect(renderAs([mask, other], 'card').text).toBe(`${toCard(mask)}\n${toCard(other)}`)
    expect(renderAs([mask, other], 'html').text).toBe(toHtml([mask, other]))
  })

  it('returns the JSON-LD messages, prefixed with the film’s index when there are several', () => {
    expect(renderAs(other, 'jsonld').messages.map((message) => message.path)).toEqual([
      undefined,
      'reviews.0.author',
      'reviews.0.rating',
    ])
    const paths = renderAs([mask, other], 'html').messages.map((message) => `${message.rule} ${message.path}`)
    expect(paths).toEqual([
      'jsonld-missing-image 0',
      'jsonld-left-out 0.grosses',
      'jsonld-missing-image 1',
      'jsonld-missing-review-author 1.reviews.0.author',
      'jsonld-missing-review-rating 1.reviews.0.rating',
    ])
    expect(renderAs(mask, 'markdown').messages).toEqual([])
  })

  it('throws on an unknown output or option', () => {
    expect(() => renderAs(mask, 'pdf' as never)).toThrow('Cannot render with `pdf` for `to`, expected one of: json, markdown, jsonld, html, card.')
    expect(() => renderAs(mask, 'card', { colour: true } as never)).toThrow('for `options.colour`')
  })
})
