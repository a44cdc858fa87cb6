import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseReview } from '../../src/parse/parseReview.js'
import { safeParseFilm } from '../../src/schemas/safeParseFilm.js'
import { expectGolden } from '../_golden.js'

const fixture = (name: string) => new URL(`../fixtures/parse/${name}`, import.meta.url)
const read = (name: string) => readFileSync(fixture(name), 'utf8')

describe('parseReview', () => {
  it.each(['review-plain', 'review-markdown', 'review-unbroken'])('matches the golden file for %s', (name) => {
    const result = parseReview(read(`${name}.txt`))
    expect(safeParseFilm(result.value).issues).toEqual([])
    expectGolden(fixture(`${name}.json`), result)
  })

  it('gives each of the plain review\'s 9 paragraphs one section kind', () => {
    const review = parseReview(read('review-plain.txt')).value!.reviews![0]!
    expect(review.sections.flatMap((section) => section.paragraphs)).toHaveLength(9)
    expect(review.sections.map((section) => section.kind)).toEqual([
      'overview', 'plot', 'acting', 'direction', 'writing', 'visuals', 'reception', 'verdict',
    ])
  })

  it('reads the title and year the review names, not those of other films it mentions', () => {
    const film = parseReview(read('review-plain.txt')).value!
    expect(film).toMatchObject({ title: 'Paper Moon', year: 1973, directors: [{ name: 'Peter Bogdanovich' }] })
  })

  it('reads cast pairs written both ways', () => {
    const film = parseReview(read('review-plain.txt')).value!
    expect(film.cast).toEqual([
      { name: "Ryan O'Neal", character: 'Moses Pray' },
      { name: "Tatum O'Neal", character: 'Addie Loggins' },
      { name: 'Madeline Kahn', character: 'Trixie Delight' },
    ])
  })

  it('reads budget and gross as money with qualifier and region', () => {
    const film = parseReview(read('review-plain.txt')).value!
    expect(film.budget).toEqual({ amount: 2500000, currency: 'USD', qualifier: 'about' })
    expect(film.grosses).toEqual([{ amount: 30000000, currency: 'USD', qualifier: 'over', region: 'US' }])
  })

  it('reads "domestically" as a domestic US gross', () => {
    const film = parseReview('Mask (1985) cost $8.5 million and went on to gross over $48 million domestically.', { title: 'Mask' }).value!
    expect(film.grosses).toEqual([{ amount: 48000000, currency: 'USD', qualifier: 'over', scope: 'domestic', region: 'US' }])
  })

  it('reads an award with its category, recipient and result', () => {
    const film = parseReview(read('review-plain.txt')).value!
    expect(film.awards).toEqual([
      { name: 'Academy Award', result: 'won', category: 'Best Supporting Actress', recipients: ["Tatum O'Neal"] },
    ])
  })

  it('gives an award to the actor a pronoun points at only when named within 400 characters of it', () => {
    const award = (gap: number) => {
      const text = `Mask stars Cher as Rusty Dennis and Eric Stoltz as Rocky.${' Quiet.'.repeat(gap)} The role won her the Academy Award for Best Actress.`
      return parseReview(text, { title: 'Mask' }).value!.awards![0]!.recipients
    }
    // "Stoltz" ends 38 + 7 x gap characters before "Academy".
    expect(award(51)).toEqual(['Eric Stoltz'])
    expect(award(52)).toBeUndefined()
  })

  it('gives every fact a message with line and column', () => {
    const { messages } = parseReview(read('review-plain.txt'))
    expect(messages.find((message) => message.path === 'title')).toMatchObject({ rule: 'fact', line: 1, column: 89 })
    expect(messages.find((message) => message.path === 'budget')).toMatchObject({ rule: 'fact', line: 10 })
  })

  it('keeps the first rating and notes the others', () => {
    const result = parseReview('Handsome and hollow.\n\n7/10, or three and a half stars out of five.')
    expect(result.value!.reviews![0]!.rating).toEqual({ value: 7, best: 10, text: '7/10' })
    expect(result.messages).toContainEqual(expect.objectContaining({ rule: 'extra-rating', line: 3, column: 10 }))
  })

  it('treats a single line break between long lines as a paragraph break', () => {
    const long = 'This sentence is long enough to be a paragraph of its own in a review written without blank lines.'
    const review = parseReview(`${long}\n${long}`, { title: 'X' }).value!.reviews![0]!
    expect(review.sections.flatMap((section) => section.paragraphs)).toHaveLength(2)
  })

  it('keeps hard-wrapped lines in one paragraph', () => {
    const review = parseReview('A film that wanders from\nscene to scene without a\nplan, and knows it.', { title: 'X' }).value!.reviews![0]!
    expect(review.sections.flatMap((section) => section.paragraphs)).toEqual([
      'A film that wanders from scene to scene without a plan, and knows it.',
    ])
  })

  it('closes up runs of spaces inside a paragraph, and only runs of spaces', () => {
    const review = parseReview('A film  that wanders,   scene\tto scene.', { title: 'X' }).value!.reviews![0]!
    expect(review.sections.flatMap((section) => section.paragraphs)).toEqual(['A film that wanders, scene\tto scene.'])
  })

  it('reads a verdict word in the first 80 characters of a later paragraph, even one the 80th cuts short', () => {
    const head = 'Gray dogs sat by the old barn and ate bread, then ran past a farm gate, as '
    expect(head).toHaveLength(75)
    const kinds = (middle: string) => {
      const text = `A quiet start for the page.\n\n${middle}\n\nGray dogs again.`
      return parseReview(text, { title: 'X' }).value!.reviews![0]!.sections.map((section) => [section.kind, section.paragraphs.length])
    }
    expect(kinds(`${head}worthy of a nap in the sun.`)).toEqual([['overview', 1], ['verdict', 2]])
    expect(kinds(`${head}a worthy nap in the sun, the end.`)).toEqual([['overview', 2], ['verdict', 1]])
    expect(kinds(`Worth it, this one. ${head}`)).toEqual([['overview', 1], ['verdict', 2]])
  })

  it('reads markdown headings as hints and the first heading as the review title', () => {
    const review = parseReview(read('review-markdown.txt'), { title: 'Paper Moon' }).value!.reviews![0]!
    expect(review.title).toBe('A Gentle Con')
    expect(review.sections.map((section) => section.kind)).toEqual(['plot', 'acting', 'verdict'])
    expect(review.rating).toMatchObject({ value: 10, best: 12, worst: 0 })
  })

  it('splits unbroken text by sentence, drops page noise and repairs glued words', () => {
    const result = parseReview(read('review-unbroken.txt'), { title: 'Paper Moon' })
    const paragraphs = result.value!.reviews![0]!.sections.flatMap((section) => section.paragraphs)
    expect(paragraphs.length).toBeGreaterThan(1)
    expect(paragraphs.join(' ')).not.toContain('Advertisement')
    expect(paragraphs.join(' ')).toContain('direction by Peter Bogdanovich')
    expect(result.messages).toContainEqual(expect.objectContaining({ rule: 'regrouped' }))
  })

  it('reads HTML line breaks as paragraph breaks', () => {
    const review = parseReview('First thoughts on it.<br /><br />Second thoughts, later.', { title: 'X' }).value!.reviews![0]!
    expect(review.sections.flatMap((section) => section.paragraphs)).toEqual(['First thoughts on it.', 'Second thoughts, later.'])
  })

  it('reads a review of some hundred thousand short lines without running out of stack', () => {
    const review = parseReview(`${'a\n'.repeat(200_000)}The end.`, { format: 'text', title: 'X' }).value!.reviews![0]!
    expect(review.sections.flatMap((section) => section.paragraphs)).toHaveLength(1)
  })

  it('warns when the review does not name its film', () => {
    const result = parseReview('Loved it.')
    expect(result.value!.title).toBe('Untitled')
    expect(result.messages).toContainEqual(expect.objectContaining({ severity: 'warning', rule: 'missing-title' }))
  })

  it('returns no film and an error for an empty review', () => {
    expect(parseReview('  \n ')).toEqual({
      value: undefined,
      messages: [{ severity: 'error', rule: 'empty-review', message: 'The review has no text to read.', line: 1, column: 1 }],
    })
  })

  it('throws on misuse', () => {
    expect(() => parseReview(42 as unknown as string)).toThrow('Cannot parse review with `number` for `text`, expected a string')
    expect(() => parseReview('x', { format: 'html' as 'text' })).toThrow(
      'Cannot parse review with `html` for `options.format`, expected "auto", "markdown" or "text"',
    )
    expect(() => parseReview('x', { titel: 'y' } as never)).toThrow('Cannot parse review with `titel` for `options.titel`')
  })
})

describe('parseReview titles in quotation marks', () => {
  it('takes the title a critic keeps quoting, and warns that it was taken from quotation marks', () => {
    const text = 'I came to “Lantern Hill” expecting a ghost story.\n\nUnlike “Omens,” “Lantern Hill” never raises its voice, and “Lantern Hill” is better for it.'
    const { value, messages } = parseReview(text)
    expect(value?.title).toBe('Lantern Hill')
    expect(messages).toContainEqual(expect.objectContaining({ rule: 'quoted-title', severity: 'warning', line: 1, column: 12, path: 'title' }))
    expect(messages.some((message) => message.rule === 'missing-title')).toBe(false)
  })

  it('keeps a title stated outright or given in the options over a quoted one', () => {
    const text = '“Omens” is the better film. Still, “Omens” aside, Jane Doe\'s 1999 film Lantern Hill works.'
    expect(parseReview(text).value?.title).toBe('Lantern Hill')
    expect(parseReview('“Omens” is fine. “Omens” twice.', { title: 'Other' }).value?.title).toBe('Other')
  })
})

describe('parseReview on scraped text with glued links', () => {
  it('reads names glued to the words around them, and drops "Advertisement" glued into a sentence', () => {
    const text = 'The film was directed byJane Doeand photographed byJohn Roe. Advertisement Written byAnn Leeit is a mess.\n\nKate Moss as Advertisement Alice Hart is the best thing in it, and Dan Ortegastars as Joe. Doe keeps it moving.'
    const { value } = parseReview(text, { title: 'Lantern Hill' })
    expect(value?.directors).toEqual([{ name: 'Jane Doe' }])
    expect(value?.cast).toEqual([
      { name: 'Kate Moss', character: 'Alice Hart' },
      { name: 'Dan Ortega', character: 'Joe' },
    ])
  })
})

describe('parseReview from one call to the next', () => {
  it('reads a text the same whatever was read before it', () => {
    const text = 'Critics gave it 3/10. Fun.'
    const fresh = parseReview(text, { title: 'X' })
    parseReview('Long words here and the many critics were cold at the festival, 2/10.', { title: 'X' })
    expect(parseReview(text, { title: 'X' })).toEqual(fresh)
    expect(fresh.value?.reviews?.[0]?.rating).toBeUndefined()
  })
})

