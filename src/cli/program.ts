import { Command, Option } from 'commander'
import packageJson from '../../package.json' with { type: 'json' }

/**
 * Builds the `reelmark` command line. Each command's code is imported only when it runs.
 *
 * @param setExitCode Receives the exit code of the command that ran.
 * @returns The commander program, ready for `parseAsync`.
 */
export function createProgram(setExitCode: (code: number) => void): Command {
  const program = new Command('reelmark')
    .description('Read, validate and publish film data.')
    .version(packageJson.version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--debug', 'print stack traces of unexpected errors')
    .showHelpAfterError('(run `reelmark --help` for usage)')
    .exitOverride()

  program
    .command('validate')
    .description('check film datasets; every problem with its file, line and column')
    .argument('<path...>', 'files or folders of .json films')
    .addOption(new Option('--format <format>', 'report format').choices(['text', 'json']).default('text'))
    .option('--strict', 'fail on warnings too')
    .action(async (paths: string[], options: { format: string; strict?: boolean }) => {
      const { runValidate } = await import('./validate.js')
      setExitCode(await runValidate(paths, options))
    })

  program
    .command('parse')
    .description('read film fact pages (plain text or HTML) into film records')
    .argument('<file...>', 'pages to read')
    .option('--to <format>', 'output format: json', 'json')
    .option('--title <title>', 'the title for pages that name none')
    .option('--merge', 'make one film of all inputs')
    .action(async (files: string[], options: { to: string; title?: string; merge?: boolean }) => {
      const { runParse } = await import('./parse.js')
      setExitCode(await runParse(files, options))
    })

  program
    .command('schema')
    .description('print the JSON Schema of a record')
    .argument('[record]', 'film or review', 'film')
    .action(async (record: string) => {
      const { runSchema } = await import('./schema.js')
      setExitCode(await runSchema(record))
    })

  for (const command of program.commands) command.exitOverride()
  return program
}
