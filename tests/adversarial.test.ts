import { describe, expect, it } from 'vitest'
import { _createChecker } from '../src/validate/_createChecker.js'
import { _validateJson } from '../src/validate/_validateJson.js'
import { _validateMarkdown } from '../src/validate/_validateMarkdown.js'
import { _validateYaml } from '../src/validate/_validateYaml.js'
import { importFilm, parseFilmPage, parseReview } from '../src/index.js'

/**
 * The documented bound (SECURITY.md): every reader finishes within this many times what
 * `JSON.parse(JSON.stringify(text))` takes on the same text, measured in the same test. Linear
 * readers stay under 700 times on these inputs; one quadratic step at 200 KB costs tens of
 * thousands of times, and an exponential one never ends.
 */
const BOUND = 3000

/** The median time of `run`, in milliseconds. */
function median(run: () => unknown, times: number): number {
  const spans: number[] = []
  for (let index = 0; index < times; index++) {
    const start = performance.now()
    run()
    spans.push(performance.now() - start)
  }
  return spans.sort((a, b) => a - b)[Math.floor(times / 2)]!
}

const yamlBomb = [
  'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
  ...Array.from({ length: 9 }, (_, index) => {
    const name = String.fromCharCode(98 + index)
    const previous = String.fromCharCode(97 + index)
    return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`
  }),
].join('\n')

/** Hostile inputs, each 200 KB or more (the YAML bomb is small and expands without end). */
const INPUTS: Record<string, string> = {
  '"★" x 70,000': '★'.repeat(70_000),
  '"*" x 200,000': '*'.repeat(200_000),
  '"1 " x 100,000': '1 '.repeat(100_000),
  '"$1," x 70,000': '$1,'.repeat(70_000),
  '12,000 "Name - Role" lines': 'Jane Doe - Director\n'.repeat(12_000),
  '10,000 cast lines': `Cast\n${'Jane Doe ... Rusty Dennis\n'.repeat(10_000)}`,
  '12,000 labelled lines': 'Director: Jane Doe\n'.repeat(12_000),
  'a value of 200,000 spaces': `Director: x${' '.repeat(200_000)}x`,
  '"(" x 200,000': '('.repeat(200_000),
  '"[[" x 100,000': '[['.repeat(100_000),
  '"{{" x 100,000': '{{'.repeat(100_000),
  '"." x 200,000': `${'.'.repeat(200_000)}A`,
  '" see more" x 25,000': `Director: x${' see more'.repeat(25_000)}»x`,
  '15,000 HTML lines': `<p>${'Director: x<br>'.repeat(15_000)}</p>`,
  '100,000 nested HTML elements': '<div>'.repeat(100_000),
  '16,000 nested blocks of two parts': '<div><p>a</p>'.repeat(16_000),
  '5,000 score blocks': '<div><div>Metascore</div><div>96</div></div>'.repeat(5_000),
  '8,000 glued names after "directed by"': Array.from({ length: 8_000 }, (_, index) => `directed byJan Kowal${index.toString(36)}skiand more. `).join(''),
  '16,000 quoted titles': Array.from({ length: 16_000 }, (_, index) => `"Title ${index}" is `).join(''),
  '2,500 blocks named "plot"': '<div class="plot"><p>A quiet road movie about two friends, snow, letters and home.</p>'.repeat(2_500),
  'one 10 MB line': 'word '.repeat(2_000_000),
  'JSON nested 100,000 deep': `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
  'a film with JSON nested 100,000 deep': `{"title":"x","genres":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
  'a YAML alias bomb': yamlBomb,
  '12,000 distinct trivia lines': `Trivia\n${Array.from({ length: 12_000 }, (_, index) => `- Fact number ${index} about the shoot.`).join('\n')}`,
  'a film with 20,000 failing cast entries': `{"title":"x","cast":[${Array(20_000).fill('{"name":""}').join(',')}]}`,
  '48,000 distinct YAML keys': Array.from({ length: 48_000 }, (_, index) => `key${index}: value`).join('\n'),
}

const READERS: Record<string, (text: string) => unknown> = {
  parseFilmPage: (text) => parseFilmPage(text, { title: 'Fallback' }),
  parseReview: (text) => parseReview(text),
  'importFilm (JSON)': (text) => importFilm(text),
  'importFilm (Wikipedia)': (text) => importFilm(text, { from: 'wikipedia' }),
  'validate .json': (text) => _validateJson(text, 'films.json', _createChecker()),
  'validate .yaml': (text) => _validateYaml(text, 'films.yaml', _createChecker()),
  'validate .md': (text) => _validateMarkdown(`---\ntitle: x\n---\n${text}`, 'film.md', _createChecker()),
}

describe('hostile input', () => {
  it.each(Object.keys(INPUTS))('is read in time proportional to its size by every reader: %s', { timeout: 120_000 }, (name) => {
    const text = INPUTS[name]!
    const baseline = Math.max(median(() => JSON.parse(JSON.stringify(text)), 5), 0.05)
    for (const [reader, read] of Object.entries(READERS)) {
      let elapsed = 0
      expect(() => {
        const start = performance.now()
        read(text)
        elapsed = performance.now() - start
      }, reader).not.toThrow()
      expect(elapsed / baseline, `${reader}: ${elapsed.toFixed(0)} ms against ${baseline.toFixed(2)} ms`).toBeLessThan(BOUND)
    }
  })
})
