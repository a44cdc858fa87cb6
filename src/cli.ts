#!/usr/bin/env node
import { CommanderError } from 'commander'
import { CliError, EXIT } from './cli/_cliError.js'
import { createProgram } from './cli/program.js'

const debug = process.argv.includes('--debug')

// Note: a reader that stops early (`| head`) closes the pipe; that is not an error worth a trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

try {
  await createProgram((code) => {
    process.exitCode = code
  }).parseAsync(process.argv)
} catch (error) {
  if (error instanceof CommanderError) {
    // Note: commander has printed help, the version or the usage error itself.
    process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage
  } else if (error instanceof CliError) {
    process.stderr.write(`reelmark: ${error.message}\n`)
    process.exitCode = EXIT.usage
  } else {
    const { message, stack } = error as Error
    process.stderr.write(debug ? `${stack}\n` : `reelmark: unexpected error: ${message} (run with --debug for details)\n`)
    process.exitCode = EXIT.usage
  }
}
