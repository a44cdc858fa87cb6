import * as v from 'valibot'
import { _text } from './_text.js'

/** A person credited on a film: a director, a writer or a star. */
export interface Person {
  /** The name as credited. */
  name: string
  /** Identifiers in public databases. */
  ids?: {
    /** IMDb name id, such as `"nm0000020"`. */
    imdb?: string
    /** Wikidata item id, such as `"Q103949"`. */
    wikidata?: string
  }
}

/** IMDb name ids: `nm` and seven or more digits. */
export const IMDB_NAME_ID = /^nm\d{7,10}$/
/** Wikidata item ids: `Q` and a number. */
export const WIKIDATA_ID = /^Q[1-9]\d{0,11}$/

/** Schema of a {@link Person}. */
export const PersonSchema = v.pipe(
  v.strictObject({
    name: _text('The name as credited.'),
    ids: v.exactOptional(
      v.pipe(
        v.strictObject({
          imdb: v.exactOptional(
            v.pipe(
              v.string(),
              v.regex(IMDB_NAME_ID, 'Expected an IMDb name id such as "nm0000020"'),
              v.description('IMDb name id, such as "nm0000020".'),
            ),
          ),
          wikidata: v.exactOptional(
            v.pipe(
              v.string(),
              v.regex(WIKIDATA_ID, 'Expected a Wikidata id such as "Q103949"'),
              v.description('Wikidata item id, such as "Q103949".'),
            ),
          ),
        }),
        v.description('Identifiers in public databases.'),
      ),
    ),
  }),
  v.description('A person credited on a film.'),
) satisfies v.GenericSchema<Person>
