import type { _Section } from './_factState.js'
import { _LABEL } from './_labelOf.js'
import { _normaliseLabel } from './_labels.js'
import type { _Line } from './_lines.js'

// Section headings, in lower case without trailing punctuation.
const HEADINGS: Record<string, _Section> = {
  cast: 'cast', 'cast overview': 'cast', 'cast overview, first billed only': 'cast', 'top cast': 'cast',
  'full cast': 'cast', 'cast & crew': 'cast', 'cast and crew': 'cast', 'cast list': 'cast',
  storyline: 'synopsis', 'plot summary': 'synopsis', synopsis: 'synopsis', plot: 'synopsis',
  summary: 'synopsis', story: 'synopsis', 'movie info': 'synopsis', 'plot synopsis': 'synopsis',
  'did you know': 'extras', 'fun facts': 'extras', 'fun stuff': 'extras', 'trivia & goofs': 'extras',
  trivia: 'trivia', goofs: 'goofs', quotes: 'quotes', 'memorable quotes': 'quotes',
  'user review': 'review', 'user reviews': 'review', 'featured review': 'review', review: 'review',
  'featured user review': 'review', 'popular reviews': 'review', 'recent reviews': 'review', 'member reviews': 'review',
  'crazy credits': 'ignore', 'alternate versions': 'ignore', connections: 'ignore',
  'movie connections': 'ignore', soundtracks: 'ignore', soundtrack: 'ignore',
  'frequently asked questions': 'skip', faq: 'skip', details: 'main', 'box office': 'main',
  'technical specs': 'main', 'company credits': 'main', 'main details': 'main', overview: 'main',
  'title details': 'main', 'film details': 'main', 'movie details': 'main', facts: 'main',
  'comment on this title': 'review', 'critics consensus': 'skip', 'critic reviews': 'skip', 'audience reviews': 'skip',
  awards: 'ignore', 'awards & nominations': 'ignore', 'parents guide': 'ignore',
}

// Headings of blocks about other films, navigation and widgets.
const SKIP_HEADING =
  /^(?:recommendations?|more like this|people who liked this.*|users who liked.*|if you enjoyed this.*|related .*|recommended.*|similar .*|you (?:may|might) also like.*|more from .*|other films.*|because you watched.*|see also|message boards?|editorial lists|user lists|user polls|sponsored links.*|around the web|share this.*|explore more.*|recently viewed|quick ?links.*|contribute to this page|getting started.*|photos|videos|news|trending.*|popular .*|top box office|coming soon.*|now playing|opening this week|where to watch|watch now|external links|advertisement|news & interviews.*|(?:critic|audience|user|top critic) reviews (?:for|of) .*|top rated .*|most popular .*|recent posts.*)$/

/**
 * Tells which section a line opens when it is a heading: a known one ("Storyline", "Trivia"),
 * a block to skip ("More like this") or, on HTML pages after the title, another block.
 *
 * @param line The line.
 * @param html Whether the page is HTML.
 * @param titleSeen Whether the film's title was found.
 * @returns The section, or `undefined` when the line is no heading.
 */
export function _headingOf(line: _Line, html: boolean, titleSeen: boolean): _Section | undefined {
  // Note: on HTML pages links never open a section, and other lines only with a known heading.
  if (html && line.link) return undefined
  const text = line.text.replace(/(?<!\s)\s*(?:\(\d[\d,]*\)|»|:|\?|edit)\s*$/i, '').trim()
  if (text.split(' ').length > 8) return undefined
  const normal = _normaliseLabel(text.replace(/\?$/, ''))
  if (HEADINGS[normal]) return HEADINGS[normal]
  if (SKIP_HEADING.test(normal)) return 'skip'
  if (html && !line.heading) return undefined
  if (html && line.heading >= 2 && line.heading <= 4 && titleSeen && !_LABEL.test(line.text)) return 'other'
  return undefined
}
