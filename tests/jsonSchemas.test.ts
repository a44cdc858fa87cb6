import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { JSON_SCHEMA_FILES, generateJsonSchema } from '../scripts/jsonSchemas.js'

const files = Object.keys(JSON_SCHEMA_FILES) as (keyof typeof JSON_SCHEMA_FILES)[]

describe('schemas/*.schema.json', () => {
  for (const file of files) {
    it(`${file} matches what the valibot schemas generate (UPDATE=1 rewrites it)`, () => {
      const url = new URL(`../schemas/${file}`, import.meta.url)
      const generated = generateJsonSchema(file)
      if (process.env['UPDATE']) writeFileSync(url, generated)
      expect(readFileSync(url, 'utf8')).toBe(generated)
    })
  }
})
