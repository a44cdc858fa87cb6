/**
 * Names the source of a rating from its label ("IMDb rating", "Tomatometer", "Metascore"); a
 * site's audience score ("Popcornmeter", "Audience Score") is "<site> audience".
 *
 * @param label The label as written.
 * @param siteName The site the page is from, the source when the label names none.
 * @returns The source, or `undefined` when neither the label nor the page tells.
 */
export function _ratingSource(label: string, siteName?: string): string | undefined {
  const normal = label.toLowerCase()
  if (normal.includes('imdb')) return 'IMDb'
  if (normal.includes('tomatometer')) return 'Rotten Tomatoes'
  // Note: a site's audience votes are a source of their own beside its critics' score.
  if (normal.includes('popcornmeter')) return 'Rotten Tomatoes audience'
  const audience = /\baudience\b/.test(normal) || (normal.trim() === 'user score' && siteName === 'Metacritic')
  if (audience && siteName) return `${siteName} audience`
  if (normal.includes('metascore')) return 'Metacritic'
  return siteName
}
