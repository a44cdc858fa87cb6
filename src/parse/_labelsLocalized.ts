import type { _Field } from './_labels.js'

/**
 * Labels of film pages in French, German, Spanish, Italian, Portuguese and Dutch, in lower case
 * without the colon: the languages whose dates `_findDate` reads.
 */
export const _LOCALIZED_LABELS: Partial<Record<_Field, string[]>> = {
  title: ['titre', 'titel', 'título', 'titolo'],
  originalTitle: ['titre original', 'originaltitel', 'título original', 'titolo originale', 'oorspronkelijke titel'],
  year: ['année', 'année de production', 'produktionsjahr', 'jahr', 'año', 'anno', 'ano', 'jaar', 'productiejaar'],
  releaseDate: [
    'date de sortie', 'sortie', 'sortie en salles', 'kinostart', 'erscheinungsdatum', 'fecha de estreno',
    'estreno', 'data di uscita', 'uscita', 'data de lançamento', 'lançamento', 'estreia', 'releasedatum',
    'première',
  ],
  runtime: ['durée', 'laufzeit', 'länge', 'dauer', 'duración', 'durata', 'duração', 'speelduur', 'lengte'],
  countries: [
    'pays', 'nationalité', 'nationalités', 'produktionsland', 'produktionsländer', 'land', 'país',
    'países', 'paese', 'nazionalità', 'nacionalidade', 'landen',
  ],
  languages: ['langue', 'langues', 'langue originale', 'sprache', 'sprachen', 'originalsprache', 'idioma', 'idiomas', 'lingua', 'taal'],
  genres: ['género', 'géneros', 'genere', 'generi', 'gênero', 'gêneros'],
  directors: [
    'réalisateur', 'réalisatrice', 'réalisateurs', 'réalisation', 'réalisé par', 'de', 'regie',
    'regisseur', 'regisseurin', 'dirección', 'dirigida por', 'director/a', 'regia', 'regista',
    'direção', 'dirigido por',
  ],
  writers: ['scénario', 'scénariste', 'scénaristes', 'par', 'drehbuch', 'guion', 'guión', 'sceneggiatura', 'roteiro', 'scenario'],
  stars: ['avec', 'mit', 'con', 'com', 'acteurs', 'darsteller', 'reparto', 'interpreti', 'elenco', 'met'],
  cast: ['distribution', 'besetzung', 'acteurs et actrices', 'cast complet'],
  budget: ['presupuesto', 'orçamento', 'coût'],
  gross: ['recette', 'recettes', 'einspielergebnis', 'recaudación', 'incassi', 'bilheteria'],
  synopsis: ['résumé', 'inhalt', 'handlung', 'sinopsis', 'trama', 'sinossi', 'sinopse', 'samenvatting', 'synopsis et détails'],
}
