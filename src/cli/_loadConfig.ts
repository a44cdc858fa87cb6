import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import * as v from 'valibot'
import { ValidateConfigSchema, type ValidateConfig } from '../validate/validateConfig.js'
import { CliError } from './_cliError.js'

/**
 * Reads the configuration of `reelmark validate`: the file named by `--config`, else
 * `reelmark.config.json` in the working folder, else the `"reelmark"` key of its `package.json`.
 *
 * @param explicit The `--config` file, if given.
 * @param cwd The working folder; default `process.cwd()`.
 * @returns The checked configuration; empty when there is none.
 */
export async function _loadConfig(explicit?: string, cwd = process.cwd()): Promise<ValidateConfig> {
  const candidates: [string, boolean][] = explicit
    ? [[explicit, false]]
    : [
        [join(cwd, 'reelmark.config.json'), false],
        [join(cwd, 'package.json'), true],
      ]
  for (const [file, inPackage] of candidates) {
    let text: string
    try {
      text = await readFile(file, 'utf8')
    } catch (error) {
      if (explicit) throw new CliError(`Cannot read the configuration \`${file}\`: ${(error as Error).message}`)
      continue
    }
    let data: unknown
    try {
      data = JSON.parse(text)
    } catch (error) {
      throw new CliError(`Cannot read the configuration \`${file}\`: ${(error as Error).message}`)
    }
    if (inPackage) {
      if (typeof data !== 'object' || data === null || !('reelmark' in data)) continue
      data = (data as { reelmark: unknown }).reelmark
    }
    const result = v.safeParse(ValidateConfigSchema, data)
    if (!result.success) {
      const problems = result.issues.map((issue) => {
        const path = v.getDotPath(issue)
        return `${path ? `${inPackage ? 'reelmark.' : ''}${path}: ` : ''}${issue.message}`
      })
      throw new CliError(`Cannot use the configuration \`${file}\`: ${problems.join('; ')}.`)
    }
    return result.output
  }
  return {}
}
