import * as v from 'valibot'
import { _list, _text } from './_text.js'
import { YearSchema } from './year.js'

/** An award or nomination the film received. */
export interface Award {
  /** The award, such as `"Academy Award"` or `"Cannes Film Festival"`. */
  name: string
  /** The category, such as `"Best Makeup"`. */
  category?: string
  /** Who received it, when not the film itself. */
  recipients?: string[]
  /** Whether it was won or only a nomination. */
  result?: 'won' | 'nominated'
  /** The year of the ceremony. */
  year?: number
}

/** Schema of an {@link Award}. */
export const AwardSchema = v.pipe(
  v.strictObject({
    name: _text('The award, such as "Academy Award".'),
    category: v.exactOptional(_text('The category, such as "Best Makeup".')),
    recipients: v.exactOptional(_list(_text('A recipient.'), 'Who received it.')),
    result: v.exactOptional(
      v.pipe(
        v.picklist(['won', 'nominated'], 'Expected "won" or "nominated"'),
        v.description('Whether it was won or only a nomination.'),
      ),
    ),
    year: v.exactOptional(YearSchema),
  }),
  v.description('An award or nomination the film received.'),
) satisfies v.GenericSchema<Award>
