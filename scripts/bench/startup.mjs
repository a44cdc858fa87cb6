// Start-up: `reelmark --version` and a one-file validate against a bare `node -e 0`.
import { ROOT } from './_inputs.mjs'
import { compareProcesses, ratioOf } from './_measure.mjs'
import { ms, row } from './_table.mjs'

export async function benchStartup({ quick }) {
  const node = process.execPath
  const cli = `${ROOT}dist/cli.js`
  const result = await compareProcesses(
    {
      'node -e 0': [node, '-e', '0'],
      '--version': [node, cli, '--version'],
      validate: [node, cli, 'validate', `${ROOT}examples/films/mask.json`],
    },
    { rounds: quick ? 5 : 15 },
  )
  const group = 'start-up'
  return [
    row({
      group,
      name: 'reelmark --version vs node -e 0',
      value: ms(result['--version'].ms),
      baseline: ms(result['node -e 0'].ms),
      ratio: ratioOf(result['--version'], result['node -e 0']),
    }),
    row({
      group,
      name: 'reelmark validate mask.json vs node -e 0',
      value: ms(result.validate.ms),
      baseline: ms(result['node -e 0'].ms),
      ratio: ratioOf(result.validate, result['node -e 0']),
    }),
  ]
}
