import { readdir, stat } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { _DATASET_EXTENSIONS } from '../validate/_validatePath.js'
import { CliError } from './_cliError.js'

const EXTENSIONS = new Set<string>(_DATASET_EXTENSIONS)
const isDataset = (name: string) => EXTENSIONS.has(extname(name).toLowerCase())

// Note: a folder of data often sits in a project; these files are the project's, not films.
// Named on the command line, they are still checked.
const PROJECT_FILES = new Set([
  'package.json',
  'package-lock.json',
  'reelmark.config.json',
  'tsconfig.json',
  'jsconfig.json',
  'readme.md',
  'changelog.md',
  'contributing.md',
  'license.md',
  'security.md',
])
const isProjectFile = (name: string) => PROJECT_FILES.has(name.toLowerCase())

/**
 * Expands files, folders and globs into the dataset files they name, each once, in a stable order.
 *
 * @param paths The command's arguments.
 * @param verb What the command does with them, for messages; default `"validate"`.
 * @returns The files.
 */
export async function _expandPaths(paths: readonly string[], verb = 'validate'): Promise<string[]> {
  const files = new Set<string>()
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined)
    let found: string[]
    if (info?.isFile()) {
      if (!isDataset(path)) {
        throw new CliError(`Cannot ${verb} \`${path}\`: expected a file ending in ${[...EXTENSIONS].join(', ')}.`)
      }
      found = [path]
    } else if (info?.isDirectory()) {
      const entries = await readdir(path, { recursive: true, withFileTypes: true })
      found = entries
        .filter((entry) => entry.isFile() && isDataset(entry.name) && !isProjectFile(entry.name))
        .map((entry) => join(entry.parentPath, entry.name))
        .filter((file) => !/(?:^|[\\/])(?:node_modules|\.[^\\/.][^\\/]*)[\\/]/.test(file.slice(path.length)))
        .sort()
      if (found.length === 0) throw new CliError(`Cannot ${verb} \`${path}\`: it holds no dataset files.`)
    } else {
      // Note: the glob library is loaded only for a path that names no file or folder.
      const { glob, isDynamicPattern } = await import('tinyglobby')
      if (!isDynamicPattern(path)) throw new CliError(`Cannot read \`${path}\`: no such file or folder.`)
      found = (await glob(path, { onlyFiles: true, expandDirectories: false })).filter(isDataset).sort()
      if (found.length === 0) throw new CliError(`Cannot ${verb} \`${path}\`: the pattern matches no dataset files.`)
    }
    for (const file of found) files.add(file)
  }
  return [...files]
}
