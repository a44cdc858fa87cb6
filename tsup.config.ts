import { defineConfig } from 'tsup'

export default defineConfig({
  // Note: `schemas` is its own entry so that `reelmark/schemas` loads valibot and nothing else.
  entry: { index: 'src/index.ts', schemas: 'src/schemas/index.ts', cli: 'src/cli.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  // Note: keep `node:` specifiers, so the package test tells built-ins from dependencies.
  removeNodeProtocol: false,
  dts: { entry: { index: 'src/index.ts', schemas: 'src/schemas/index.ts' } },
  splitting: true,
  treeshake: true,
  clean: true,
  sourcemap: false,
})
