// Validation throughput and scaling: `reelmark validate` on generated JSON Lines against the floor
// (read + JSON.parse each line), ajv compiled from schemas/film.schema.json, and ajv-cli.
import { existsSync } from 'node:fs'
import { jsonArrayFile, jsonLinesFile, ROOT } from './_inputs.mjs'
import { compareProcesses, median, ratioOf } from './_measure.mjs'
import { mbps, ms, row, scalingRow } from './_table.mjs'

const node = process.execPath
const cli = `${ROOT}dist/cli.js`
const ajvCli = `${ROOT}node_modules/ajv-cli/dist/index.js`

/** Records in the largest file; the scaling runs use 1/100 and 1/10 of it. */
const COUNT = 200_000
/** Records in the JSON array file: as many as fit in the 50 MB that `validate` reads of a `.json` file. */
const ARRAY_COUNT = 80_000

export async function benchValidation({ quick }) {
  const rows = []
  const big = jsonLinesFile(COUNT)
  const array = await jsonArrayFile(ARRAY_COUNT)
  const arrayMb = (array.bytes / 1e6).toFixed(0)
  const mb = (big.bytes / 1e6).toFixed(0)
  const commands = {
    reelmark: [node, cli, 'validate', big.path],
    floor: [node, `${ROOT}scripts/bench/_floor.mjs`, big.path],
    ajv: [node, `${ROOT}scripts/bench/_ajvLines.mjs`, big.path],
    'reelmark (array)': [node, cli, 'validate', array.path],
  }
  const hasAjvCli = existsSync(ajvCli)
  if (hasAjvCli) {
    commands['ajv-cli (array)'] = [node, ajvCli, 'validate', '--spec=draft2020', '--all-errors', '-s', array.schema, '-r', `${ROOT}schemas/film.schema.json`, '-d', array.path]
  }
  const result = await compareProcesses(commands, { rounds: quick ? 2 : 5, usage: true })
  const group = `validate ${COUNT / 1000}k films`
  const cpu = (name) => ({ cpuMs: result[name].cpuMs, peakMb: result[name].peakMb })
  rows.push(
    row({
      group,
      name: `JSON Lines (${mb} MB) vs floor: read + JSON.parse each line`,
      value: `${ms(result.reelmark.ms)}, ${mbps(big.bytes, result.reelmark.ms)}`,
      baseline: ms(result.floor.ms),
      ratio: ratioOf(result.reelmark, result.floor),
      target: { max: 1.5 },
      cpuRatio: result.reelmark.cpuMs / result.floor.cpuMs,
      reelmark: cpu('reelmark'),
      floor: cpu('floor'),
    }),
    row({
      group,
      name: 'JSON Lines vs ajv compiled from film.schema.json, same reading',
      value: ms(result.reelmark.ms),
      baseline: ms(result.ajv.ms),
      ratio: ratioOf(result.reelmark, result.ajv),
      cpuRatio: result.reelmark.cpuMs / result.ajv.cpuMs,
      ajv: cpu('ajv'),
    }),
  )
  if (hasAjvCli) {
    rows.push(
      row({
        group,
        name: `JSON array file (${ARRAY_COUNT / 1000}k films, ${arrayMb} MB) vs ajv-cli on the same file, end to end`,
        value: ms(result['reelmark (array)'].ms),
        baseline: ms(result['ajv-cli (array)'].ms),
        ratio: ratioOf(result['reelmark (array)'], result['ajv-cli (array)']),
        target: { max: 1 },
        cpuRatio: result['reelmark (array)'].cpuMs / result['ajv-cli (array)'].cpuMs,
        reelmarkArray: cpu('reelmark (array)'),
        ajvCli: cpu('ajv-cli (array)'),
      }),
      row({
        group,
        name: 'JSON Lines vs ajv-cli on the JSON array, end to end, per film',
        value: `${ms(result.reelmark.ms)} for ${COUNT / 1000}k`,
        baseline: `${ms(result['ajv-cli (array)'].ms)} for ${ARRAY_COUNT / 1000}k`,
        ratio: median(result.reelmark.rounds.map((time, index) => (time / COUNT) / (result['ajv-cli (array)'].rounds[index] / ARRAY_COUNT))),
        target: { max: 1 },
      }),
    )
  } else {
    rows.push(row({ group, name: 'ajv-cli is not installed; run npm ci', value: 'skipped' }))
  }

  // Step: scaling, 1x, 10x and 100x records, time and peak memory.
  const small = jsonLinesFile(COUNT / 100)
  const medium = jsonLinesFile(COUNT / 10)
  const scaled = await compareProcesses(
    { '1x': [node, cli, 'validate', small.path], '10x': [node, cli, 'validate', medium.path] },
    { rounds: quick ? 2 : 5, usage: true },
  )
  const times = { '1x': scaled['1x'], '10x': scaled['10x'], '100x': result.reelmark }
  const scaleGroup = 'scaling: validate JSON Lines'
  rows.push(
    scalingRow(scaleGroup, `time, ${COUNT / 100} -> ${COUNT / 10} -> ${COUNT} films`, [times['1x'].ms, times['10x'].ms, times['100x'].ms]),
    row({
      group: scaleGroup,
      name: 'peak memory (RSS), same runs',
      value: `${times['1x'].peakMb.toFixed(0)} / ${times['10x'].peakMb.toFixed(0)} / ${times['100x'].peakMb.toFixed(0)} MB`,
      baseline: '1x run',
      ratio: times['100x'].peakMb / times['1x'].peakMb,
      target: { max: 1.5 },
    }),
    row({
      group: scaleGroup,
      name: `peak memory at ${COUNT} films vs the floor's`,
      value: `${times['100x'].peakMb.toFixed(0)} MB`,
      baseline: `${result.floor.peakMb.toFixed(0)} MB`,
      ratio: times['100x'].peakMb / result.floor.peakMb,
    }),
  )
  return rows
}
