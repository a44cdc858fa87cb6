import type { RootContent } from 'mdast'
import type { Review, SectionKind } from '../schemas/index.js'
import { _heading, _paragraph } from './_mdast.js'

const SECTION_TITLES: Record<SectionKind, string> = {
  overview: 'Overview',
  plot: 'Plot',
  acting: 'Acting',
  direction: 'Direction',
  writing: 'Writing',
  music: 'Music',
  visuals: 'Visuals',
  production: 'Production',
  reception: 'Reception',
  verdict: 'Verdict',
}

/**
 * The reviews part of a film's markdown: a heading per review, its byline, then each section
 * under its own subheading.
 *
 * @param reviews The reviews.
 * @param depth The depth of the "Reviews" heading.
 * @returns The mdast blocks.
 */
export function _mdastReviews(reviews: readonly Review[], depth: 2 | 3 = 2): RootContent[] {
  if (reviews.length === 0) return []
  const blocks: RootContent[] = [_heading(depth, 'Reviews')]
  reviews.forEach((review, index) => {
    const title = review.title ?? (review.author ? `Review by ${review.author}` : `Review ${index + 1}`)
    blocks.push(_heading((depth + 1) as 3 | 4, title))
    const byline = [
      review.author && review.title ? `By ${review.author}` : undefined,
      review.datePublished,
      review.rating ? `Rating: ${review.rating.text}` : undefined,
    ].filter((part): part is string => part !== undefined)
    if (byline.length > 0) blocks.push(_paragraph({ type: 'emphasis', children: [{ type: 'text', value: byline.join(' · ') }] }))
    for (const section of review.sections) {
      blocks.push(_heading((depth + 2) as 4 | 5, SECTION_TITLES[section.kind] ?? section.kind))
      for (const paragraph of section.paragraphs) blocks.push(_paragraph(paragraph))
    }
  })
  return blocks
}
