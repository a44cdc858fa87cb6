/** Exit codes of the command line, as documented in the README. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const

/** A failure the user can fix: bad usage or an unreadable input. Printed as one line, exit 2. */
export class CliError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CliError'
  }
}
