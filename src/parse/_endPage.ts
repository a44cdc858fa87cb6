import { _enterSection } from './_enterSection.js'
import type { _FactState } from './_factState.js'

/**
 * Ends the page: closes the open section, takes the info bar's values where no label gave them
 * and reports the dropped noise lines.
 *
 * @param state The reader's state at the end of the page.
 */
export function _endPage(state: _FactState): void {
  const { film, weak, noise } = state
  _enterSection(state, 'main')
  // Values from the info bar count only where no label gave them.
  if (!film.runtimes && weak.runtimes) film.runtimes = weak.runtimes
  if (!film.genres && weak.genres) film.genres = weak.genres
  if (!film.releaseDates && weak.releaseDates) film.releaseDates = weak.releaseDates
  if (noise) {
    state.messages.push({
      severity: 'info',
      rule: 'noise',
      message: `Dropped ${noise} noise ${noise === 1 ? 'line that carries' : 'lines that carry'} no fact.`,
      ...(state.firstNoise ?? {}),
    })
  }
}
