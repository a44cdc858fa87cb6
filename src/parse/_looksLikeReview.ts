// Labels that fact pages put before their values ("Director: ...", "Release Date: ...").
const LABEL = /^(?:directors?|writers?|stars?|cast|genres?|release (?:date|year)|runtime|country|countries|language|languages|budget|gross|taglines?|filming locations?|rating|plot|storyline|also known as|company|production|color|sound mix|aspect ratio|certificate|awards?)\s*:/i

/**
 * Tells a free-text or markdown review from a fact page or a data file: JSON, HTML and XML are
 * not reviews, and neither is text whose lines are mostly "Label: value" pairs.
 *
 * @param text The input.
 * @returns Whether to read it with `parseReview`.
 */
export function _looksLikeReview(text: string): boolean {
  const body = text.replace(/^\uFEFF/, '').replace(/^---\r?\n[\s\S]*?\r?\n---[ \t]*\r?\n/, '').trim()
  if (body === '' || /^(?:[[{]|<(?!br\b))/i.test(body)) return false
  const lines = body
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^#{1,6}\s/.test(line))
  const labels = lines.filter((line) => LABEL.test(line)).length
  if (labels >= 3) return false
  // Note: a review is mostly sentences; a page is mostly short lines.
  const prose = lines.filter((line) => line.split(/\s+/).length >= 8).reduce((total, line) => total + line.length, 0)
  return prose / Math.max(1, lines.reduce((total, line) => total + line.length, 0)) >= 0.5
}
