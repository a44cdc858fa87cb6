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
  // Note: esbuild's table has Node 20 without `\p{...}` in patterns, so it rewrote such literals
  // as `new RegExp(...)` calls, which inside a function build the pattern again on every call.
  // Node has read them since version 10.
  esbuildOptions(options) {
    options.supported = { ...options.supported, 'regexp-unicode-property-escapes': true }
  },
})
