import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import packageJson from '../package.json' with { type: 'json' }

const dist = new URL('../dist/', import.meta.url)

/** Every bare package a built file loads, following its relative imports. */
function packagesLoadedBy(entry: string): Set<string> {
  const seen = new Set<string>()
  const packages = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    const code = readFileSync(new URL(file, dist), 'utf8')
    // Note: static imports only; a lazy `import()` is loaded when used, not when imported.
    for (const [, specifier] of code.matchAll(/(?:^|;|\n)\s*(?:import|export)\s*(?:[^'"();]*?from\s*)?["']([^"']+)["']/g)) {
      if (!specifier) continue
      if (specifier.startsWith('.')) visit(new URL(specifier, new URL(file, dist)).pathname.slice(dist.pathname.length))
      else packages.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!)
    }
  }
  visit(entry)
  return packages
}

describe('package', () => {
  it('loads valibot and nothing else from the schema-only entry', () => {
    expect([...packagesLoadedBy('schemas.js')]).toEqual(['valibot'])
  })

  it('is an ES module without side effects, with a bin and an exports map that puts types first', () => {
    expect(packageJson.type).toBe('module')
    expect(packageJson.sideEffects).toBe(false)
    expect(packageJson.bin).toEqual({ reelmark: './dist/cli.js' })
    expect(Object.keys(packageJson.exports['.'])).toEqual(['types', 'default'])
    expect(Object.keys(packageJson.exports['./schemas'])).toEqual(['types', 'default'])
  })

  it('declares every package the build loads as a dependency', () => {
    const declared = new Set(Object.keys(packageJson.dependencies))
    for (const entry of ['index.js', 'schemas.js', 'cli.js']) {
      for (const name of packagesLoadedBy(entry)) {
        if (name.startsWith('node:')) continue
        expect(declared, `${entry} loads ${name}`).toContain(name)
      }
    }
  })
})
