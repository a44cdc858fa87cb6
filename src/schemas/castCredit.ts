import * as v from 'valibot'
import { _text } from './_text.js'

/** One line of the cast list: who played whom. */
export interface CastCredit {
  /** The actor's name. */
  name: string
  /** The character played, such as `"Florence 'Rusty' Dennis"`. */
  character?: string
  /** The name the actor was credited under when it differs, such as `"Kelly Minter"`. */
  creditedAs?: string
}

/** Schema of a {@link CastCredit}. */
export const CastCreditSchema = v.pipe(
  v.strictObject({
    name: _text("The actor's name."),
    character: v.exactOptional(_text('The character played.')),
    creditedAs: v.exactOptional(_text('The name the actor was credited under, when it differs.')),
  }),
  v.description('One line of the cast list: who played whom.'),
) satisfies v.GenericSchema<CastCredit>
