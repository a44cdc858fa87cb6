/**
 * Names the source of a rating from its label ("IMDb rating", "Tomatometer", "Metascore").
 *
 * @param label The label as written.
 * @param siteName The site the page is from, the source when the label names none.
 * @returns The source, or `undefined` when neither the label nor the page tells.
 */
export function _ratingSource(label: string, siteName?: string): string | undefined {
  const normal = label.toLowerCase()
  if (normal.includes('imdb')) return 'IMDb'
  if (normal.includes('tomatometer') || normal.includes('popcornmeter')) return 'Rotten Tomatoes'
  if (normal.includes('metascore')) return 'Metacritic'
  return siteName
}
