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
    .argument('<path...>', 'files, folders or globs of .json, .jsonl, .ndjson, .yaml, .yml, .md, .csv, .tsv films')
    .addOption(new Option('--format <format>', 'report format').choices(['text', 'json', 'github', 'sarif']).default('text'))
    .option('--strict', 'fail on warnings too')
    .option('--shard <i/n>', 'check the i-th of n shares of the data (for CI matrices)')
    .option('--max-issues <n>', 'list at most n issues (the summary still counts all)')
    .option('--config <file>', 'configuration file (default: reelmark.config.json, or package.json "reelmark")')
    .option('--combine', 'read the paths as --format json reports of shards and combine them')
    .action(async (paths: string[], options: import('./validate.js').ValidateOptions) => {
      const { runValidate } = await import('./validate.js')
      setExitCode(await runValidate(paths, options))
    })

  program
    .command('parse')
    .description('read film fact pages, reviews and exports (OMDb, TMDB, JSON-LD, Wikipedia) into film records')
    .argument('<file...>', 'pages to read')
    .option('--to <format>', 'output format: json, markdown, jsonld, html or card', 'json')
    .option('--title <title>', 'the title for pages that name none')
    .option('--merge', 'make one film of all inputs')
    .option('--width <columns>', 'card width in display columns (--to card)')
    .action(async (files: string[], options: { to: string; title?: string; merge?: boolean; width?: string }) => {
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

  program
    .command('render')
    .description('render films as markdown, schema.org JSON-LD, an HTML page or text cards')
    .argument('<path...>', 'files, folders or globs of films in any format validate reads (.json, .jsonl, .ndjson, .yaml, .yml, .md, .csv, .tsv)')
    .addOption(new Option('--to <format>', 'output').choices(['markdown', 'jsonld', 'html', 'card']).default('markdown'))
    .option('--width <columns>', 'card width in display columns (24 to 400)', '60')
    .option('--ascii', 'draw cards with ASCII only')
    .option('--base-url <url>', "the page's address, for JSON-LD url and @ids")
    .option('--image <url...>', 'poster or still addresses for JSON-LD image')
    .action(async (files: string[], options: { to: string; width: string; ascii?: boolean; baseUrl?: string; image?: string[] }) => {
      const { runRender } = await import('./render.js')
      setExitCode(await runRender(files, options))
    })

  for (const command of program.commands) command.exitOverride()
  return program
}
