import { existsSync } from 'node:fs'
import { parse } from 'parse5'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { toHtml, toJsonLd, type Film } from '../../src/index.js'
import { expectGolden, FIXTURES, readFilm } from './_fixtures.js'

// Note: the page function runs in the browser; the project is typed for Node, without the DOM.
declare const document: any
declare const window: any

const CHROMIUM = process.env.REELMARK_CHROMIUM ?? '/usr/bin/chromium'
const HAS_CHROMIUM = existsSync(CHROMIUM)
const SKIPPED = HAS_CHROMIUM ? '' : ` [skipped: no chromium at ${CHROMIUM}; install Debian's chromium package]`
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
]
const BASE = { baseUrl: 'https://films.example/mask', image: 'https://films.example/mask/poster.jpg' }

interface Probe {
  jsonLd: unknown[]
  scripts: number
  pwned: unknown
  dialogs: string[]
  handlers: string[]
  foreign: string[]
  h1: string | undefined
}

describe('toHtml', () => {
  it('renders every fixture film as its golden page', () => {
    for (const name of FIXTURES) expectGolden(`${name}.html`, toHtml(readFilm(name), BASE))
  })

  it('holds one JSON-LD script per film, which parse5 reads back as toJsonLd', () => {
    const films = [readFilm('mask'), readFilm('hostile')]
    const document = parse(toHtml(films)) as any
    const scripts: any[] = []
    const walk = (node: any) => {
      if (node.nodeName === 'script') scripts.push(node)
      node.childNodes?.forEach(walk)
    }
    walk(document)
    expect(scripts.map((script) => JSON.parse(script.childNodes[0].value))).toEqual(films.map((film) => toJsonLd(film)))
  })

  it('passes the JSON-LD messages on', () => {
    const rules: string[] = []
    toHtml({ title: 'X' }, { onMessage: (message) => rules.push(message.rule) })
    expect(rules).toEqual(['jsonld-missing-image'])
    expect(() => toHtml({ title: 'X' }, { root: 'review' } as never)).toThrow('for `options.root`')
  })
})

describe('toHtml in headless chromium', () => {
  let browser: Browser | undefined

  beforeAll(async () => {
    if (HAS_CHROMIUM) browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS })
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
  })

  /** Loads a page in the browser and reports what it holds and what ran. */
  async function probe(html: string): Promise<Probe> {
    const page = await browser!.newPage()
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await page.setContent(html, { waitUntil: 'load' })
    const found = await page.evaluate(() => {
      const all = [...document.querySelectorAll('*')]
      return {
        jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) =>
          JSON.parse(script.textContent ?? ''),
        ),
        scripts: document.querySelectorAll('script').length,
        pwned: (window as { __pwned?: unknown }).__pwned,
        handlers: all.flatMap((element) =>
          [...element.attributes].filter((attribute) => attribute.name.startsWith('on')).map((attribute) => attribute.name),
        ),
        foreign: [...document.body.querySelectorAll('script, style, img, svg, iframe, object, embed, a, form, input')].map(
          (element) => element.tagName,
        ),
        h1: document.querySelector('h1')?.textContent ?? undefined,
      }
    })
    await page.close()
    return { ...found, dialogs }
  }

  /** The page without its Content-Security-Policy, so only the escaping and sanitizing protect it. */
  const withoutCsp = (html: string) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')

  it.skipIf(!HAS_CHROMIUM)(`finds exactly one JSON-LD script, equal to toJsonLd${SKIPPED}`, async () => {
    for (const name of FIXTURES) {
      const film = readFilm(name)
      const found = await probe(toHtml(film, BASE))
      expect(found.jsonLd, name).toEqual([toJsonLd(film, BASE)])
      expect(found.scripts, name).toBe(1)
    }
  })

  it.skipIf(!HAS_CHROMIUM)(`runs nothing injected by the record, even without its CSP${SKIPPED}`, async () => {
    const film = readFilm('hostile')
    const html = withoutCsp(toHtml(film))
    expect(html).not.toContain('Content-Security-Policy')
    const found = await probe(html)
    expect(found.pwned).toBeUndefined()
    expect(found.dialogs).toEqual([])
    expect(found.handlers).toEqual([])
    expect(found.foreign).toEqual([])
    expect(found.scripts).toBe(1)
    expect(found.h1).toBe(`${film.title} (2001)`)
  })

  it.skipIf(!HAS_CHROMIUM)(`catches injection when a page does let it through (control)${SKIPPED}`, async () => {
    const film: Film = readFilm('hostile')
    const unsafe = `<!doctype html><html><head></head><body><h1>Unsafe</h1><p>${film.directors![0]!.name}</p><img src=x onerror="alert(2)"></body></html>`
    const found = await probe(unsafe)
    expect(found.pwned).toBe(1)
    expect(found.dialogs).toEqual(['2'])
    expect(found.foreign).toContain('IMG')
  })
})
