import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/** The built command line; `npm test` builds it before the tests run. */
export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url))

/** What one run of the command line did. */
export interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/**
 * Runs the built `reelmark` command line as a user would.
 *
 * @param args The arguments after `reelmark`.
 * @param options Working folder and extra environment variables.
 * @returns The exit code and everything printed.
 */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    input: options.input ?? '',
    encoding: 'utf8',
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}
