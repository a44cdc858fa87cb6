import type { Message } from '../message.js'
import { parseReview } from '../parse/parseReview.js'

/** The review read from a markdown page's body, and what the reader had to say. */
export interface _BodyReview {
  /** The review, or `undefined` when the body holds none. */
  review: unknown
  /** Warnings and errors, with lines counted from the body's first line. */
  messages: Message[]
}

/**
 * Reads the body of a markdown page (below its front matter) as a review of the page's film.
 *
 * @param body The markdown below the front matter.
 * @param title The film's title from the front matter, if it has one.
 * @returns The review and the reader's warnings and errors, such as a `conflict` when the review
 *   names another film (its notes on facts are left out).
 */
export function _reviewFromBody(body: string, title: string | undefined): _BodyReview {
  const { value, messages } = parseReview(body, { format: 'markdown', ...(title ? { title } : {}) })
  return {
    review: value?.reviews?.[0],
    // Note: a missing title is the front matter's problem, and the schema reports it there.
    messages: messages.filter((message) => message.severity !== 'info' && message.rule !== 'missing-title'),
  }
}
