import { parseDocument } from 'yaml'
import { describe, expect, it } from 'vitest'
import { _createChecker } from '../../src/validate/_createChecker.js'
import { _validateYaml } from '../../src/validate/_validateYaml.js'
import { _yamlDuplicateKeys } from '../../src/validate/_yamlDuplicateKeys.js'

describe('_yamlDuplicateKeys', () => {
  it('finds a key repeated in one mapping, not the same key in two', () => {
    const text = 'title: Mask\ncast:\n  - name: Cher\n  - name: Eric Stoltz\ntitle: Mask again\n'
    expect(_yamlDuplicateKeys(parseDocument(text, { uniqueKeys: false }))).toEqual([text.lastIndexOf('title')])
  })

  it('lets validate report the repeated key at its line, as the YAML parser did', () => {
    const report = _validateYaml('title: Mask\nyear: 1985\ntitle: Mask\n', 'films.yaml', _createChecker())
    expect(report.issues).toEqual([expect.objectContaining({ rule: 'syntax-error', line: 3, column: 1, message: 'The YAML is not valid: Map keys must be unique.' })])
  })
})
