import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseFilmPage } from '../../src/parse/parseFilmPage.js'

const fixtures = new URL('../fixtures/parseFilmPage/', import.meta.url)
const read = (name: string) => readFileSync(new URL(name, fixtures), 'utf8')

// Compares a result with the JSON beside its input; `UPDATE=1` rewrites the JSON.
function golden(input: string, options: { title?: string } = {}) {
  const result = parseFilmPage(read(input), options)
  const file = new URL(input.replace(/\.\w+$/, '.json'), fixtures)
  const text = `${JSON.stringify(result, null, 2)}\n`
  if (process.env.UPDATE === '1' || !existsSync(file)) writeFileSync(file, text)
  expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(file, 'utf8')))
  return result
}

describe('parseFilmPage', () => {
  describe('golden fixtures', () => {
    it('reads a plain-text fact page field by field', () => {
      golden('fact-page.txt', { title: 'The Iron Giant' })
    })

    it('reads an HTML page, skipping navigation, recommendations and message boards', () => {
      golden('imdb-2010-layout.html')
    })

    it('reads an HTML page with JSON-LD, preferring it where it is explicit', () => {
      golden('json-ld-localized.html')
    })

    it('reads a film given as a fenced JSON block', () => {
      golden('embedded-json.txt')
    })

    it('reads tabbed credit blocks: headings as labels, side-by-side links as lists, cast tooltips as characters, tagline and plot by their class, popular reviews', () => {
      golden('letterboxd-style.html')
    })

    it('reads an infobox of th/td rows as labels and values, leaving citation marks out', () => {
      golden('wikipedia-style.html')
    })

    it('reads a page without <h1>: the title from the heading the document title starts with, crew cards, bold labels and cued spans', () => {
      golden('tmdb-style.html')
    })

    it('reads a French page: its labels, a title styled without a heading, "Rôle :" cast cards and an info bar with a date', () => {
      golden('allocine-style.html')
    })

    it('reads a page built of custom elements: dt/dd groups in divs, a scorecard with the number first, delimiter elements', () => {
      golden('rottentomatoes-2024-style.html')
    })

    it('reads a page of data-testid blocks: label links, lists under labels, cast cards with a picture beside, US & Canada as the US', () => {
      golden('imdb-2024-style.html')
    })

    it('reads dt/dd details, cast cards and the Metascore block, skipping the "More like this" carousel', () => {
      golden('metacritic-style.html')
    })
  })

  describe('plain-text pages', () => {
    const { value, messages } = parseFilmPage(read('fact-page.txt'), { title: 'The Iron Giant' })

    it('reads the rating with its scale and votes', () => {
      expect(value?.ratings).toEqual([{ value: 8.1, best: 10, worst: 1, count: 204_311 }])
    })

    it('reads the cast with characters and the credited name, dropping "(voice)"', () => {
      expect(value?.cast?.[0]).toEqual({ name: 'Eli Marienthal', character: 'Hogarth Hughes' })
      expect(value?.cast?.[6]).toEqual({ name: 'M. Emmet Walsh', character: 'Earl Stutz', creditedAs: 'M. Emmet Walsh' })
    })

    it('reads the gross as money with its region, and the budget as "about"', () => {
      expect(value?.grosses).toEqual([{ amount: 23_159_305, currency: 'USD', region: 'US' }])
      expect(value?.budget).toEqual({ amount: 70_000_000, currency: 'USD', qualifier: 'about' })
    })

    it('reads every runtime with its region and note', () => {
      expect(value?.runtimes).toEqual([{ minutes: 86 }, { minutes: 90, region: 'US', note: 'Signature Edition' }])
    })

    it('sorts "Did You Know?" into trivia, a goof with its category and a quote with its note', () => {
      expect(value?.trivia).toHaveLength(1)
      expect(value?.goofs?.[0]?.category).toBe('continuity')
      expect(value?.quotes?.[0]?.lines[0]).toEqual({ character: 'Hogarth Hughes', note: 'whispering', text: 'You stay. I go. No following.' })
    })

    it('keeps the user review apart, with its title and its own rating', () => {
      expect(value?.reviews?.[0]?.title).toBe('A Robot With A Heart Of Gold')
      expect(value?.reviews?.[0]?.rating).toEqual({ value: 8, best: 10, text: '8/10' })
      expect(value?.reviews?.[0]?.sections[0]?.paragraphs).toHaveLength(2)
    })

    it('warns about a label with no value at its line and column, never taking the next line', () => {
      expect(messages).toContainEqual(expect.objectContaining({ severity: 'warning', rule: 'empty-value', line: 32, column: 9, path: 'countries' }))
      expect(value?.countries).toBeUndefined()
    })

    it('reports an unknown label and keeps it out of the record', () => {
      expect(messages).toContainEqual(expect.objectContaining({ rule: 'unknown-label', line: 34, column: 1 }))
      expect(JSON.stringify(value)).not.toContain('hopeful')
    })

    it('counts the noise lines in one info message', () => {
      const noise = messages.filter((message) => message.rule === 'noise')
      expect(noise).toEqual([expect.objectContaining({ severity: 'info', line: 5, column: 1 })])
      expect(noise[0]?.message).toContain('2 noise lines')
    })
  })

  describe('titles', () => {
    it('reports missing-title and still returns the rest of the record', () => {
      const { value, messages } = parseFilmPage('Director: Brad Bird\nRelease Year: 1999\n')
      expect(value).toEqual({ year: 1999, directors: [{ name: 'Brad Bird' }] })
      expect(messages).toContainEqual(expect.objectContaining({ severity: 'error', rule: 'missing-title', line: 1, column: 1 }))
    })

    it('takes the title from options.title when the page names none', () => {
      const { value, messages } = parseFilmPage('Director: Brad Bird\n', { title: 'The Iron Giant' })
      expect(value?.title).toBe('The Iron Giant')
      expect(messages.some((message) => message.rule === 'missing-title')).toBe(false)
    })

    it('reads "Title (Year)" on the first line of a text page', () => {
      expect(parseFilmPage('The Iron Giant (1999)\n\nDirector: Brad Bird\n').value).toEqual({
        title: 'The Iron Giant',
        year: 1999,
        directors: [{ name: 'Brad Bird' }],
      })
    })
  })

  describe('HTML pages', () => {
    it('reads other films\' facts in a "More Like This" block as nothing', () => {
      const { value } = parseFilmPage(read('json-ld-localized.html'))
      expect(value?.directors).toEqual([{ name: 'Brad Bird', ids: { imdb: 'nm0083348' } }])
    })

    it('prefers the JSON-LD title to a localized heading', () => {
      expect(parseFilmPage(read('json-ld-localized.html')).value?.title).toBe('The Iron Giant')
    })

    it("names the site as the source of the rating in the page's own JSON-LD", () => {
      const jsonLd = JSON.stringify({ '@type': 'Movie', name: 'Arrival', aggregateRating: { ratingValue: 94, bestRating: 100, worstRating: 0, ratingCount: 402 } })
      const html = `<html><head><meta property="og:site_name" content="Rotten Tomatoes"><script type="application/ld+json">${jsonLd}</script></head><body><h1>Arrival</h1></body></html>`
      expect(parseFilmPage(html).value?.ratings).toEqual([{ value: 94, best: 100, worst: 0, count: 402, source: 'Rotten Tomatoes' }])
    })

    it("keeps a site's audience score as a source of its own beside its critics' score", () => {
      const page = 'Title: Arrival\nTomatometer: 94% (402 reviews)\nAudience Score: 82% (12,345 ratings)\n'
      expect(parseFilmPage(page).value?.ratings?.map((rating) => [rating.source, rating.value, rating.count])).toEqual([
        ['Rotten Tomatoes', 94, 402],
        [undefined, 82, 12_345],
      ])
      const html = `<html><head><meta property="og:site_name" content="Rotten Tomatoes"></head><body><h1>Arrival</h1><p>Tomatometer: 94%</p><p>Audience Score: 82%</p></body></html>`
      expect(parseFilmPage(html).value?.ratings?.map((rating) => rating.source)).toEqual(['Rotten Tomatoes', 'Rotten Tomatoes audience'])
    })

    it('reads a decimal comma in a rating', () => {
      const html = '<html><body><h1>Film (2001)</h1><h4>User Rating:</h4><div>7,8/10 (1 234 votes)</div></body></html>'
      expect(parseFilmPage(html).value?.ratings?.[0]).toMatchObject({ value: 7.8, best: 10, count: 1234 })
    })

    it('reads a tagline and a plot from the names of their blocks', () => {
      const html = `<html><body><h1>Film (2001)</h1>
        <section class="production-synopsis"><h4 class="tagline">Why are they here?</h4>
        <div><p>A linguist is asked to talk with visitors nobody understands, and her own past changes as she learns.</p></div></section>
        </body></html>`
      const { value } = parseFilmPage(html)
      expect(value?.taglines).toEqual(['Why are they here?'])
      expect(value?.logline).toBe('A linguist is asked to talk with visitors nobody understands, and her own past changes as she learns.')
    })

    it('labels only the first prose line of a block named "plot", never the credits after it', () => {
      const html = `<html><body><h1>Film (2001)</h1><div class="plot_summary">
        <div class="summary_text">Two friends cross a frozen country on foot to bring a letter home before spring.</div>
        <div>Writers: <a href="/a">Ann Lee (story), Bo Park (screenplay) and their friends at the studio</a></div>
        <div class="plot-keywords">A quiet road movie about two friends, snow, letters and the long way home.</div></div></body></html>`
      const { value } = parseFilmPage(html)
      expect(value?.logline).toBe('Two friends cross a frozen country on foot to bring a letter home before spring.')
      expect(value?.synopsis).toBeUndefined()
    })

    it('reads a score block whose label fixes the scale, and reports one that states no scale', () => {
      const html = `<html><body><h1>Film (2001)</h1>
        <div><div>Metascore</div><div><span>96</span></div><div>Universal Acclaim</div><div>Based on 53 Critic Reviews</div></div>
        <div><div>User Score</div><div><span>8.9</span></div><div>Based on 3,512 User Ratings</div></div>
        </body></html>`
      const { value, messages } = parseFilmPage(html)
      expect(value?.ratings).toEqual([{ value: 96, best: 100, worst: 0, count: 53, source: 'Metacritic' }])
      expect(messages).toContainEqual(expect.objectContaining({ rule: 'bad-value', path: 'ratings', line: 3 }))
    })

    it('takes ids from the one IMDb title and TMDB movie the page links to, or from its own address', () => {
      const linked = '<html><body><h1>Film (2001)</h1><p>116 mins More at <a href="https://www.imdb.com/title/tt2543164/">IMDb</a> <a href="https://www.themoviedb.org/movie/329865/">TMDB</a></p></body></html>'
      expect(parseFilmPage(linked).value?.ids).toEqual({ imdb: 'tt2543164', tmdb: 329865 })
      const two = '<html><body><h1>Film (2001)</h1><p>Unlike <a href="https://www.imdb.com/title/tt0000001/">one</a> or <a href="https://www.imdb.com/title/tt0000002/">two</a>.</p></body></html>'
      expect(parseFilmPage(two).value?.ids).toBeUndefined()
      const own = `<html><head><link rel="canonical" href="https://www.imdb.com/title/tt0332452/"></head>${two.slice(6)}`
      expect(parseFilmPage(own).value?.ids).toEqual({ imdb: 'tt0332452' })
    })

    it('reads a runtime that leads a short line, but not a time in a sentence', () => {
      const page = (line: string) => `<html><body><h1>Film (2001)</h1><p class="text-footer">${line}</p></body></html>`
      expect(parseFilmPage(page('116&nbsp;mins &nbsp; More at IMDb')).value?.runtimes).toEqual([{ minutes: 116 }])
      expect(parseFilmPage(page('2 h 12 m')).value?.runtimes).toEqual([{ minutes: 132 }])
      expect(parseFilmPage(page('90 minutes later')).value?.runtimes).toBeUndefined()
    })

    it('reads a card whose second part is a job as a crew credit, and a run of writer labels as one list', () => {
      const html = `<html><body><h1>Film (2001)</h1><ol>
        <li><p><a href="/p/1">Ann Lee</a></p><p>Director</p></li>
        <li><p><a href="/p/2">Bo Park</a></p><p>Screenplay</p></li>
        <li><p><a href="/p/3">Cy Moss</a></p><p>Novel</p></li></ol>
        <p>It opened in the spring of that year to full houses.</p><p>Writers: Di Fox</p></body></html>`
      const { value, messages } = parseFilmPage(html)
      expect(value?.directors).toEqual([{ name: 'Ann Lee' }])
      expect(value?.writers).toEqual([{ name: 'Bo Park' }, { name: 'Cy Moss' }])
      expect(value?.cast).toBeUndefined()
      expect(messages).toContainEqual(expect.objectContaining({ rule: 'repeated-label', line: 5 }))
    })

    it('reads a list of reviews, each from its byline, with the stars beside the author', () => {
      const html = `<html><body><h1>Film (2001)</h1><section><h2>Popular reviews</h2>
        <p>Review by <a href="/a">nightowl</a> <span>★★★★½</span></p><div><p>I sat in the car for ten minutes afterwards.</p></div>
        <p>Review by <a href="/b">paperjam</a> <span>★★</span></p><div><p>Handsome, and slow in all the wrong places.</p></div>
        </section></body></html>`
      const reviews = parseFilmPage(html).value?.reviews
      expect(reviews?.map((review) => [review.author, review.rating, review.sections[0]?.paragraphs])).toEqual([
        ['nightowl', { value: 4.5, text: '★★★★½' }, ['I sat in the car for ten minutes afterwards.']],
        ['paperjam', { value: 2, text: '★★' }, ['Handsome, and slow in all the wrong places.']],
      ])
    })

    it('reads the "US & Canada" box office as the US, its domestic market', () => {
      const { value } = parseFilmPage('Title: Arrival\nGross US & Canada: $100,546,139\nOpening weekend US and Canada: $24,074,047\n')
      expect(value?.grosses?.map((gross) => [gross.region, gross.scope])).toEqual([['US', 'domestic'], ['US', 'opening-weekend']])
    })

    it('reads a bold label at the start of a paragraph as a label', () => {
      const html = '<html><body><h1>Film (2001)</h1><p><strong><bdi>Budget</bdi></strong> $47,000,000.00</p><p><b>Revenue</b> $203,388,186.00</p><p><b>Note</b> kept out</p></body></html>'
      const { value } = parseFilmPage(html)
      expect(value?.budget).toEqual({ amount: 47_000_000, currency: 'USD' })
      expect(value?.grosses).toEqual([{ amount: 203_388_186, currency: 'USD' }])
    })

    it('reads a slashed date only when its order cannot be mistaken', () => {
      const page = (date: string) => `<html><body><h1>Film</h1><p>Release date: ${date}</p></body></html>`
      expect(parseFilmPage(page('11/11/2016')).value?.releaseDates).toEqual([{ date: '2016-11-11' }])
      expect(parseFilmPage(page('11/25/2016')).value?.releaseDates).toEqual([{ date: '2016-11-25' }])
      expect(parseFilmPage(page('25/11/2016')).value?.releaseDates).toEqual([{ date: '2016-11-25' }])
      expect(parseFilmPage(page('3/8/1985')).value?.releaseDates).toEqual([{ date: '1985' }])
    })

    it('places messages at their line and column in the HTML source', () => {
      const html = '<html><body>\n<h1>Film (2001)</h1>\n<p>Runtime:   | (director\'s cut)</p>\n</body></html>'
      expect(parseFilmPage(html).messages).toContainEqual(expect.objectContaining({ rule: 'empty-value', line: 3 }))
    })
  })

  describe('labels in other languages', () => {
    it.each([
      ['Réalisateur : Denis Villeneuve\nDurée : 1h 56min\nNationalité : Canada\nDate de sortie : 7 décembre 2016', 'fr'],
      ['Regie: Denis Villeneuve\nLaufzeit: 116 Minuten\nProduktionsland: Canada\nKinostart: 24. November 2016', 'de'],
      ['Dirección: Denis Villeneuve\nDuración: 116 minutos\nPaís: Canada\nFecha de estreno: 11 de noviembre de 2016', 'es'],
      ['Regia: Denis Villeneuve\nDurata: 116 minuti\nPaese: Canada\nData di uscita: 19 gennaio 2017', 'it'],
    ])('reads director, runtime, country and release date from %j (%s)', (text) => {
      const { value, messages } = parseFilmPage(text, { title: 'Arrival' })
      expect(value?.directors).toEqual([{ name: 'Denis Villeneuve' }])
      expect(value?.runtimes).toEqual([{ minutes: 116 }])
      expect(value?.countries).toEqual(['Canada'])
      expect(value?.releaseDates?.[0]?.date).toMatch(/^201[67]-\d\d-\d\d$/)
      expect(messages.filter((message) => message.severity !== 'info')).toEqual([])
    })
  })

  describe('bad input', () => {
    it('says an empty page is empty', () => {
      expect(parseFilmPage('  \n ')).toEqual({
        value: undefined,
        messages: [{ severity: 'error', rule: 'empty-input', message: 'The page is empty.', line: 1, column: 1 }],
      })
    })

    it('says binary junk is no page', () => {
      const { value, messages } = parseFilmPage('PK\u0003\u0004\u0000\u0000junk')
      expect(value).toBeUndefined()
      expect(messages[0]?.rule).toBe('binary-input')
    })

    it('reads only the start of a huge page and says so', () => {
      const huge = `Title: Big\n${'Lorem ipsum dolor sit amet.\n'.repeat(200_000)}`
      const { value, messages } = parseFilmPage(huge)
      expect(value?.title).toBe('Big')
      expect(messages[0]).toMatchObject({ severity: 'warning', rule: 'input-too-large' })
    })

    it('reads a page with tag names that read as a template with a class or id, as templates', () => {
      const html = '<!doctype html><html><body><h1>Mask</h1><template.x>hidden</template.x><svg><template#a.b>x</template#a.b></svg><p>Director: Peter Bogdanovich</p></body></html>'
      const { value } = parseFilmPage(html)
      expect(value).toEqual({ title: 'Mask', directors: [{ name: 'Peter Bogdanovich' }] })
    })

    it('throws on misuse, naming the option', () => {
      expect(() => parseFilmPage(42 as unknown as string)).toThrow('Cannot parse film page with `42` for `text`, expected a string')
      expect(() => parseFilmPage('x', { colour: 'red' } as never)).toThrow('`options.colour`')
      expect(() => parseFilmPage('x', { title: '' })).toThrow('`options.title`')
    })
  })
})
