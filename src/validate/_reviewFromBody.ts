import type { Message } from '../message.js'

/** The review read from a markdown page's body, and what the reader had to say. */
export interface _BodyReview {
  /** The review, or `undefined` when the body holds none. */
  review: unknown
  /** Messages, with lines counted from the body's first line. */
  messages: Message[]
}

/**
 * Reads the body of a markdown page (below its front matter) as a review.
 *
 * @param body The markdown below the front matter.
 * @returns The review and the reader's messages.
 */
export function _reviewFromBody(body: string): _BodyReview {
  // Note: the review parser is not part of this build yet; until it is, the body is left unread.
  void body
  return { review: undefined, messages: [] }
}
