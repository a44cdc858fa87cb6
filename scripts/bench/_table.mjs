// Formats bench rows as a plain-text table.

/** A time in ms, with three significant digits. */
export function ms(value) {
  if (value >= 1000) return `${(value / 1000).toPrecision(3)} s`
  if (value >= 1) return `${value.toPrecision(3)} ms`
  return `${(value * 1000).toPrecision(3)} µs`
}

/** A throughput in MB/s from bytes and ms. */
export function mbps(bytes, time) {
  return `${(bytes / 1e6 / (time / 1000)).toPrecision(3)} MB/s`
}

/**
 * A row of the table.
 *
 * @param fields `group`, `name`, `value` (reelmark's figure), `baseline` (its figure and name),
 *   `ratio` (reelmark / baseline; below 1 is faster), `target` (`{ max }` or `{ min }` on the
 *   ratio, or a `check` with its `text`), and any extra fields for the JSON.
 */
export function row({ target, ratio, ...fields }) {
  let holds
  let text = '-'
  if (target?.max !== undefined) {
    holds = ratio <= target.max
    text = `<= ${target.max}`
  } else if (target?.min !== undefined) {
    holds = ratio >= target.min
    text = `>= ${target.min}`
  } else if (target?.check !== undefined) {
    holds = target.check
    text = target.text
  }
  return { ...fields, ratio, target: text, holds }
}

/**
 * The row that checks time grows linearly: the 100x run may take at most 120x the 1x run.
 *
 * @param group The row's group, such as `"scaling: parseReview"`.
 * @param name What grows, such as `"time, 1x -> 10x -> 100x text"`.
 * @param times The 1x, 10x and 100x times in ms.
 */
export function scalingRow(group, name, [one, ten, hundred]) {
  return row({
    group,
    name,
    value: [one, ten, hundred].map(ms).join(' / '),
    baseline: '1x run',
    ratio: hundred / one,
    target: { max: 120 },
    tenfold: ten / one,
  })
}

/** Prints rows grouped, with aligned columns. */
export function printTable(rows) {
  const header = ['measure', 'reelmark', 'baseline', 'ratio', 'target', 'holds']
  const lines = rows.map((r) => [
    `${r.group}: ${r.name}`,
    r.value ?? '',
    r.baseline ?? '',
    r.ratio === undefined ? '' : `${r.ratio < 10 ? r.ratio.toFixed(2) : r.ratio.toPrecision(3)}x`,
    r.target,
    r.holds === undefined ? '' : r.holds ? 'yes' : 'NO',
  ])
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => String(line[column]).length)))
  const format = (cells) => cells.map((cell, column) => String(cell).padEnd(widths[column])).join('  ').trimEnd()
  console.log(format(header))
  console.log(widths.map((width) => '-'.repeat(width)).join('  '))
  for (const line of lines) console.log(format(line))
}
