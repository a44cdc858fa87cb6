// Lines that scrapers and page chrome leave behind and that carry no fact.
const NOISE =
  /^(?:no valid json found\.?|comments are closed\.?|advertisement|ad feedback|loading\.*|skip to (?:main )?content|sign in|log ?in|login or register.*|register|menu|share|share this(?: page| rating)?:?|edit|edit page|close|\[?x\]?|×|watch now|add to watchlist|added to watchlist|rate this(?: movie)?|back to top|print|email|tweet|(?:accept|reject)(?: all)? cookies|read more|show more|show less|more less|more|see more\.?|\(?view trailer\)?|.*\bsee all my reviews$|view photos|photo gallery.*|trailer|view all(?: photos.*)?|plot summary \| plot synopsis|rate|submit|cancel|\d+ ?\|? ?trailer|error|please try again!?|get the (?:imdb )?app|full cast and crew.*|user lists|contribute to this page|\d+ videos? \| \d+ images?|\d+ photos|\(cast overview, first billed only\)|cast overview, first billed only:?|this faq is empty\.?.*|was (?:this review|the above comment) (?:helpful|useful).*|review this title.*|(?:this article is about|for other uses,|not to be confused with) .*|discuss .* on the .* message boards.*|(?:\d[\d,.\s]*)?of [\d,.\s]+ people found (?:this|the following) (?:review|comment) (?:helpful|useful).*)$/i

/**
 * Tells whether a line is scraper or page noise, such as "No valid json found" or "See more »".
 *
 * @param line A trimmed line.
 * @returns Whether the line carries no fact.
 */
export function _isNoise(line: string): boolean {
  return NOISE.test(line)
}
