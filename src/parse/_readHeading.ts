import { _enterSection } from './_enterSection.js'
import type { _FactState } from './_factState.js'
import { _headingOf } from './_headingOf.js'
import type { _Line } from './_lines.js'

/**
 * Reads a heading line: it opens its section, unless it sits inside a skipped block that a
 * higher heading has not yet ended.
 *
 * @param state The reader's state.
 * @param line The line.
 * @returns Whether the line opened a section.
 */
export function _readHeading(state: _FactState, line: _Line): boolean {
  const { html, section } = state
  const heading = _headingOf(line, html, state.titleSeen)
  // Note: inside a skipped block, only a heading as high as its own ends it.
  const level = line.heading || 7
  if (!heading || (section === 'skip' && (heading === 'other' || (html && level > state.skipLevel)))) return false
  _enterSection(state, heading)
  state.skipLevel = heading === 'skip' ? level : 0
  return true
}
