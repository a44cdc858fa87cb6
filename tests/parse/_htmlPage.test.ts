import { describe, expect, it } from 'vitest'
import { _htmlPage } from '../../src/parse/_htmlPage.js'

const linesOf = (body: string, head = '') => _htmlPage(`<html><head>${head}</head><body>${body}</body></html>`).lines.map((line) => line.text)

describe('_htmlPage', () => {
  it('makes custom elements lines of their own, unless they sit in running text', () => {
    expect(linesOf('<x-hero><x-text>Arrival</x-text><x-text>PG-13</x-text></x-hero>')).toEqual(['Arrival', 'PG-13'])
    expect(linesOf('<p>Directed by <x-link>Denis Villeneuve</x-link> in 2016.</p>')).toEqual(['Directed by Denis Villeneuve in 2016.'])
  })

  it('skips a custom element whose name says it is navigation', () => {
    expect(linesOf('<rt-header-nav><a href="/m">Movies</a></rt-header-nav><p>Kept</p>')).toEqual(['Kept'])
  })

  it('reads dt/dd groups wrapped in divs as labels and values, with no stray separators', () => {
    const body = '<dl><div><dt><x-text>Genre</x-text></dt><dd><x-text>Sci-Fi</x-text><x-text>, </x-text><x-text>Drama</x-text></dd></div><div><dt>Runtime</dt><dd>1h 56m</dd></div></dl>'
    expect(linesOf(body)).toEqual(['Genre: Sci-Fi, Drama', 'Runtime: 1h 56m'])
  })

  it('reads score blocks with the label before or after the number, one line a score', () => {
    expect(linesOf('<div><div>Metascore</div><div><span>96</span></div><div>Based on 53 Critic Reviews</div></div>')).toEqual(['Metascore: 96 · Based on 53 Critic Reviews'])
    expect(linesOf('<x-card><x-text>94%</x-text><x-text>Tomatometer</x-text><x-link>402 Reviews</x-link><x-text>82%</x-text><x-text>Popcornmeter</x-text></x-card>')).toEqual([
      'Tomatometer: 94% · 402 Reviews',
      'Popcornmeter: 82%',
    ])
    expect(linesOf('<div><div>Metascore</div><div>Universal acclaim</div><div>Based on reviews</div></div>')).toEqual(['Metascore', 'Universal acclaim', 'Based on reviews'])
  })

  it('labels the first fitting line of a block named for a field, once', () => {
    expect(linesOf('<section class="production-synopsis"><h4 class="tagline">Why are they here?</h4><p>A linguist is asked to talk with visitors that nobody on Earth understands.</p><p>Second paragraph of the same plot, also long enough to be prose.</p></section>')).toEqual([
      'Tagline: Why are they here?',
      'Plot: A linguist is asked to talk with visitors that nobody on Earth understands.',
      'Second paragraph of the same plot, also long enough to be prose.',
    ])
    expect(linesOf('<div class="plot-keywords"><p>A quiet road movie about two friends, snow and the long way home.</p></div>')).toEqual([
      'A quiet road movie about two friends, snow and the long way home.',
    ])
  })

  it('keeps cards wrapped in links apart, without a comma line between them', () => {
    const card = (name: string, role: string) => `<a href="/p"><div><p>${name}</p><p>${role}</p></div></a>`
    expect(linesOf(card('Amy Adams', 'Louise Banks') + card('Jeremy Renner', 'Ian Donnelly') + card('Denis Villeneuve', 'Director'))).toEqual([
      'Amy Adams ... Louise Banks',
      'Jeremy Renner ... Ian Donnelly',
      'Director: Denis Villeneuve',
    ])
  })

  it('reads a cast card with a picture beside its text, and a link label over a list', () => {
    const card = '<div><div><img alt="" src="/a.jpg"></div><div><a href="/n/1">Amy Adams</a><div><ul><li><a href="/c/1"><span>Louise Banks</span></a></li></ul></div></div></div>'
    expect(linesOf(card)).toEqual(['Amy Adams ... Louise Banks'])
    const chips = '<div><a href="/g/1">Drama</a><a href="/g/2">Mystery</a></div>'
    expect(linesOf(chips)).toEqual(['Drama, Mystery'])
    expect(linesOf('<li><a href="/cast">Stars</a><div><ul><li><a>Amy Adams</a></li><li><a>Jeremy Renner</a></li></ul></div></li>')).toEqual(['Stars: Amy Adams, Jeremy Renner'])
  })

  it('collects the IMDb and TMDB ids that content links name', () => {
    const page = _htmlPage('<p><a href="https://www.imdb.com/title/tt2543164/">IMDb</a> <a href="https://www.themoviedb.org/movie/329865-arrival">TMDB</a> <a href="https://www.imdb.com/name/nm0898288/">a person</a></p>')
    expect([...page.linkedIds.imdb]).toEqual(['tt2543164'])
    expect([...page.linkedIds.tmdb]).toEqual([329865])
  })
})
