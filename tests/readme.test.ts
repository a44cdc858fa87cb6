import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'

// Every ```ts block of the README runs here. The comment lines that end a block are what it
// must print, line by line.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? '')
const workdir = new URL('./.readme/', import.meta.url)
const sourceOf = (entry: string) => new URL(`../src/${entry}`, import.meta.url).pathname

describe('README', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('has TypeScript samples to check', () => {
    expect(blocks.length).toBeGreaterThan(0)
  })

  blocks.forEach((block, index) => {
    const lines = block.trimEnd().split('\n')
    const expected: string[] = []
    while (lines.length > 0 && lines.at(-1)?.startsWith('// ')) expected.unshift(lines.pop()!.slice(3))
    const title = lines.find((line) => line.trim() && !line.startsWith('import')) ?? ''

    it(`sample ${index + 1} runs and prints what it says (${title.trim().slice(0, 50)})`, async () => {
      const code = block
        .replace(/from 'reelmark\/schemas'/g, `from '${sourceOf('schemas/index.ts')}'`)
        .replace(/from 'reelmark'/g, `from '${sourceOf('index.ts')}'`)
      mkdirSync(workdir, { recursive: true })
      const file = new URL(`sample-${index + 1}.ts`, workdir)
      writeFileSync(file, code)
      const printed: string[] = []
      vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
        printed.push(args.map(String).join(' '))
      })
      await import(/* @vite-ignore */ `${file.pathname}?t=${Date.now()}`)
      expect(printed.join('\n').split('\n')).toEqual(expected.length ? expected : [''])
    })
  })
})
