/** How one CSV or TSV column becomes part of a film. */
export interface _CsvColumn {
  /** The path in the film it fills. */
  path: string[]
  /** `text`, `number`, a list of `texts` or `people`, or a list of composite items. */
  kind: 'text' | 'number' | 'texts' | 'people' | 'cast' | 'runtimes' | 'releaseDates' | 'grosses' | 'money'
}

/** The columns a CSV or TSV file may have, by header name; lists are separated by `;`. */
export const _CSV_COLUMNS: Record<string, _CsvColumn> = {
  title: { path: ['title'], kind: 'text' },
  originalTitle: { path: ['originalTitle'], kind: 'text' },
  year: { path: ['year'], kind: 'number' },
  imdb: { path: ['ids', 'imdb'], kind: 'text' },
  wikidata: { path: ['ids', 'wikidata'], kind: 'text' },
  tmdb: { path: ['ids', 'tmdb'], kind: 'number' },
  logline: { path: ['logline'], kind: 'text' },
  synopsis: { path: ['synopsis'], kind: 'text' },
  genres: { path: ['genres'], kind: 'texts' },
  countries: { path: ['countries'], kind: 'texts' },
  languages: { path: ['languages'], kind: 'texts' },
  taglines: { path: ['taglines'], kind: 'texts' },
  filmingLocations: { path: ['filmingLocations'], kind: 'texts' },
  trivia: { path: ['trivia'], kind: 'texts' },
  directors: { path: ['directors'], kind: 'people' },
  writers: { path: ['writers'], kind: 'people' },
  stars: { path: ['stars'], kind: 'people' },
  cast: { path: ['cast'], kind: 'cast' },
  runtimes: { path: ['runtimes'], kind: 'runtimes' },
  releaseDates: { path: ['releaseDates'], kind: 'releaseDates' },
  budget: { path: ['budget'], kind: 'money' },
  grosses: { path: ['grosses'], kind: 'grosses' },
}

const NUMBER = /^-?\d+(?:\.\d+)?$/

/**
 * Reads a cell as the column's value: numbers where numbers belong, lists split at `;`.
 *
 * @param column The column.
 * @param cell The cell's text, not empty and not `\N`.
 * @returns The value; text that should be a number stays text, so the schema reports it.
 */
export function _csvValue(column: _CsvColumn, cell: string): unknown {
  const number = (text: string): unknown => (NUMBER.test(text) ? Number(text) : text)
  const items = () => cell.split(';').map((item) => item.trim())
  // Note: "amount CURRENCY [REGION]" and "minutes [REGION]", the shapes spreadsheets hold.
  const money = (item: string) => {
    const [amount = '', currency, region] = item.split(/\s+/)
    return { amount: number(amount.replace(/,/g, '')), currency, ...(region ? { region } : {}) }
  }
  switch (column.kind) {
    case 'text':
      return cell
    case 'number':
      return number(cell.trim())
    case 'texts':
      return items()
    case 'people':
      return items().map((name) => ({ name }))
    case 'cast':
      return items().map((item) => {
        const match = /^(.*?)(?<!\s)\s+as\s+(\S.*)$/.exec(item)
        return match ? { name: match[1], character: match[2] } : { name: item }
      })
    case 'runtimes':
      return items().map((item) => {
        const [minutes = '', region] = item.split(/\s+/)
        return { minutes: number(minutes), ...(region ? { region } : {}) }
      })
    case 'releaseDates':
      return items().map((item) => {
        const [date, region] = item.split(/\s+/)
        return { date, ...(region ? { region } : {}) }
      })
    case 'money':
      return money(cell.trim())
    case 'grosses':
      return items().map(money)
  }
}
