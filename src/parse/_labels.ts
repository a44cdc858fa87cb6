import { _LOCALIZED_LABELS } from './_labelsLocalized.js'

/** What a label on a fact page stands for. */
export type _Field =
  | 'title' | 'originalTitle' | 'year' | 'releaseDate' | 'runtime' | 'countries' | 'languages'
  | 'genres' | 'directors' | 'writers' | 'stars' | 'cast' | 'taglines' | 'filmingLocations'
  | 'budget' | 'gross' | 'rating' | 'logline' | 'synopsis' | 'trivia' | 'goofs' | 'quotes'
  | 'review' | 'imdb'
  // Known labels whose values the film record has no place for.
  | 'known'

// The label vocabulary of film fact pages, in lower case without the colon.
const VOCABULARY: Record<Exclude<_Field, 'known'>, string[]> = {
  title: ['title', 'film', 'movie', 'film title', 'movie title', 'name'],
  originalTitle: ['original title', 'original name', 'original language title'],
  year: ['year', 'release year', 'production year', 'year of release', 'made in'],
  releaseDate: [
    'release date', 'release dates', 'released', 'release', 'in theaters', 'in theatres',
    'theatrical release', 'original release', 'premiere', 'initial release', 'date',
    'release date (theaters)', 'release date (theatres)',
  ],
  runtime: ['runtime', 'run time', 'running time', 'length', 'duration', 'time'],
  countries: ['country', 'countries', 'country of origin', 'countries of origin', 'origin'],
  languages: ['language', 'languages', 'original language', 'spoken languages', 'spoken language'],
  genres: ['genre', 'genres', 'category'],
  directors: ['director', 'directors', 'directed by', 'direction', 'film director'],
  writers: [
    'writer', 'writers', 'written by', 'writing credits', 'writing credits (wga)', 'screenplay',
    'screenplay by', 'screenwriter', 'screenwriters', 'story by', 'script', 'writer(s)',
    'writing', 'screen play', 'novel',
  ],
  stars: ['stars', 'star', 'starring', 'main cast', 'top cast', 'leading actors', 'with'],
  cast: ['cast', 'actors', 'cast members', 'full cast'],
  taglines: ['tagline', 'taglines', 'tag line', 'tag lines', 'slogan'],
  filmingLocations: [
    'filming locations', 'filming location', 'locations', 'location', 'shot in', 'shooting locations',
  ],
  budget: ['budget', 'estimated budget', 'production budget', 'cost'],
  gross: [
    'gross', 'box office', 'opening weekend', 'cumulative worldwide gross', 'worldwide gross',
    'domestic gross', 'international gross', 'gross worldwide', 'total gross', 'revenue', 'earnings',
    'box office gross', 'opening', 'domestic', 'worldwide', 'international',
  ],
  rating: [
    'rating', 'user rating', 'users', 'imdb rating', 'average rating', 'score', 'audience score',
    'user score', 'tomatometer', 'critics', 'site rating', 'our rating', 'imdb user rating',
    'ratings', 'metascore', 'members rating', 'popcornmeter',
  ],
  logline: ['logline', 'plot outline', 'outline', 'short summary', 'one-liner', 'premise', 'tagline summary'],
  synopsis: [
    'plot', 'plot summary', 'synopsis', 'summary', 'storyline', 'story', 'story line',
    'description', 'overview', 'movie info', 'about', 'plot synopsis',
  ],
  trivia: ['trivia', 'did you know', 'did you know?', 'fun facts', 'trivia & goofs'],
  goofs: ['goofs', 'goof', 'mistakes', 'bloopers', 'errors'],
  quotes: ['quotes', 'quote', 'memorable quotes', 'famous quotes', 'quotations'],
  review: [
    'user review', 'user reviews', 'review', 'featured review', 'featured user review', 'our review',
  ],
  imdb: ['imdb', 'imdb id', 'imdb link'],
}

// Labels of real film pages that the record has no field for; read, then left out.
const KNOWN = [
  'also known as', 'aka', 'a.k.a.', 'alternative titles', 'alternative title', 'production co',
  'production company', 'production companies', 'studio', 'studios', 'distributor', 'distributed by',
  'distributors', 'sound mix', 'color', 'colour', 'aspect ratio', 'certification', 'certificate',
  'mpaa', 'motion picture rating (mpaa)', 'motion picture rating', 'mpaa rating', 'rated', 'parents guide',
  'content rating', 'age rating', 'plot keywords', 'keywords', 'official sites', 'official site',
  'website', 'crazy credits', 'soundtracks', 'soundtrack', 'connections', 'movie connections',
  'alternate versions', 'company credits', 'on disc/streaming', 'dvd release', 'on dvd',
  'camera', 'laboratory', 'film length', 'negative format', 'cinematographic process',
  'printed film format', 'metacritic', 'popularity', 'moviemeter', 'music', 'music by', 'composer',
  'original music', 'cinematography', 'cinematographer', 'cinematography by', 'editing', 'edited by',
  'editor', 'film editing', 'producer', 'producers', 'produced by', 'executive producer',
  'based on', 'awards', 'award', 'nominations', 'technical specs', 'details', 'box office details',
  'company', 'companies', 'writers guild', 'filming dates', 'production dates', 'user ratings',
  'external reviews', 'critic reviews', 'user comments', 'user comment', 'reviews', 'audience reviews', 'critics consensus', 'total count', 'user ratings count',
  'format', 'release format', 'network', 'available on', 'where to watch', 'stream', 'streaming',
  'costume design', 'production design', 'art direction', 'set decoration', 'makeup',
  'casting', 'casting by', 'special effects', 'visual effects', 'stunts', 'opening weekend screens',
  'screens', 'theaters', 'parental guidance', 'imdbpro', 'contact', 'more', 'see also',
  'distributeur', 'verleih', 'distribuidora', 'distribuzione', 'musique', 'musik', 'música', 'musica',
  'producteur', 'produzent', 'productor', 'produttore', 'type de film', 'visa n°', 'récompenses',
  'entrées',
]

const LOOKUP = new Map<string, _Field>()
for (const [field, labels] of Object.entries(VOCABULARY)) {
  for (const label of labels) LOOKUP.set(label, field as _Field)
}
for (const [field, labels] of Object.entries(_LOCALIZED_LABELS)) {
  for (const label of labels) if (!LOOKUP.has(label)) LOOKUP.set(label, field as _Field)
}
for (const label of KNOWN) if (!LOOKUP.has(label)) LOOKUP.set(label, 'known')

/**
 * Normalises a label as written on a page: lower case, no colon, no trailing "(WGA)" or region.
 *
 * @param label The label as written, such as `"Writing credits (WGA):"`.
 * @returns The normalised label.
 */
export function _normaliseLabel(label: string): string {
  return label
    .toLowerCase()
    .replace(/[:：]\s*$/, '')
    .replace(/[’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Looks a label up in the vocabulary of film fact pages, also as "Gross USA" or "Budget (est.)"
 * with a region or note after the known words.
 *
 * @param label The label as written.
 * @returns The field it stands for and what follows the known words, or `undefined`.
 */
export function _lookupLabel(label: string): { field: _Field; rest: string } | undefined {
  const normal = _normaliseLabel(label)
  const exact = LOOKUP.get(normal)
  if (exact) return { field: exact, rest: '' }
  const bare = normal.replace(/(?<!\s)\s*\([^()]*\)$/, '')
  if (bare !== normal && LOOKUP.has(bare)) return { field: LOOKUP.get(bare)!, rest: normal.slice(bare.length).trim() }
  // "Gross USA", "Opening Weekend US & Canada", "Runtime (director's cut)": known words first.
  const words = normal.split(' ')
  for (let count = words.length - 1; count >= 1; count--) {
    const head = words.slice(0, count).join(' ')
    const field = LOOKUP.get(head)
    if (field && field !== 'known' && (field === 'gross' || field === 'budget' || field === 'runtime' || field === 'releaseDate')) {
      return { field, rest: words.slice(count).join(' ') }
    }
  }
  return undefined
}
