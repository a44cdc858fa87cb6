import type * as v from 'valibot'

/** Whether a value passes a schema. */
export type _Is = (input: unknown) => boolean

/** The parts of a valibot schema or action that a compiled check reads. */
interface Node {
  kind: string
  type: string
  pipe?: readonly Node[]
  entries?: Record<string, Node>
  item?: Node
  wrapped?: Node
  options?: readonly unknown[]
  requirement?: unknown
  default?: unknown
  fallback?: unknown
  '~run'(dataset: { typed?: boolean; value: unknown }, config: v.Config<v.BaseIssue<unknown>>): { issues?: unknown }
}

const ABORT_EARLY = { abortEarly: true } as const

/** Options of {@link _compileIs}. */
export interface _CompileIsOptions {
  /**
   * Whether every input is plain data, as `JSON.parse` or a YAML reader returns it: objects whose
   * properties are all own and enumerable. Such objects are checked by walking their own keys
   * rather than looking up every key the schema knows; default `false`.
   */
  plainData?: boolean
}

/**
 * Compiles a valibot schema once into a function that only answers whether a value passes it: no
 * output copies, no issues, no dataset objects. It mirrors valibot's own checks for the schema
 * types reelmark's records use and hands every other part to valibot, so its answer is always
 * `v.is(schema, input)`; callers ask valibot for the issues only when it says no.
 *
 * @param schema A schema without transformations, such as `FilmSchema`.
 * @param options Whether inputs are plain data; default: any value.
 * @returns The check.
 */
export function _compileIs(schema: v.GenericSchema, options: _CompileIsOptions = {}): _Is {
  plainData = options.plainData === true
  if (!plainData) return compile(schema as unknown as Node)
  try {
    return generate(schema as unknown as Node)
  } catch (error) {
    // Note: where code generation from strings is forbidden (an EvalError), the closures serve.
    if (!(error instanceof EvalError)) throw error
    return compile(schema as unknown as Node)
  }
}

/** Whether the schema being compiled may assume plain data (set by `_compileIs`). */
let plainData = false

function compile(node: Node): _Is {
  if (node.pipe) return compilePipe(node)
  switch (node.type) {
    case 'string':
      return (input) => typeof input === 'string'
    case 'number':
      return (input) => typeof input === 'number' && !Number.isNaN(input)
    case 'picklist': {
      const options = node.options ?? []
      // Note: a Set answers as `includes` does (both use SameValueZero) without a linear scan.
      const set = new Set(options)
      return (input) => set.has(input)
    }
    case 'exact_optional':
      // Note: a default changes the record; leave that to valibot.
      return node.default === undefined && node.wrapped ? compile(node.wrapped) : delegate(node)
    case 'array':
      return node.item ? compileArray(compile(node.item)) : delegate(node)
    case 'strict_object':
      return node.entries ? compileStrictObject(node, node.entries) : delegate(node)
    default:
      return delegate(node)
  }
}

function delegate(node: Node): _Is {
  return (input) => !node['~run']({ value: input }, ABORT_EARLY).issues
}

function compileArray(item: _Is): _Is {
  return (input) => {
    if (!Array.isArray(input)) return false
    for (let index = 0; index < input.length; index++) if (!item(input[index])) return false
    return true
  }
}

function compileStrictObject(node: Node, entries: Record<string, Node>): _Is {
  const keys: string[] = []
  const checks: _Is[] = []
  const required: boolean[] = []
  for (const key in entries) {
    const entry = entries[key] as Node
    // Note: valibot fills in defaults and fallbacks of missing keys; leave such objects to it.
    if (entry.default !== undefined || entry.fallback !== undefined) return delegate(node)
    keys.push(key)
    checks.push(compile(entry))
    required.push(entry.type !== 'exact_optional' && entry.type !== 'optional' && entry.type !== 'nullish')
  }
  const own = Object.prototype.hasOwnProperty
  const indexOf = new Map(keys.map((key, index) => [key, index]))
  const requiredCount = required.filter(Boolean).length
  // Note: on plain data, walking the object's own keys answers alike and skips looking up (through
  // the prototype chain) every key the schema knows but the object lacks. A key that
  // `Object.prototype` has would be found there by `in`, so such schemas keep the full walk.
  const byOwnKeys = plainData && !keys.some((key) => key in Object.prototype)
  const objectPrototype = Object.prototype
  return (input) => {
    if (!input || typeof input !== 'object') return false
    const record = input as Record<string, unknown>
    if (byOwnKeys) {
      const prototype: unknown = Object.getPrototypeOf(record)
      if (prototype === objectPrototype || prototype === null) {
        let present = 0
        for (const key in record) {
          const index = indexOf.get(key)
          if (index === undefined || !(checks[index] as _Is)(record[key])) return false
          if (required[index]) present++
        }
        return present === requiredCount
      }
    }
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index] as string
      if (key in record) {
        if (!(checks[index] as _Is)(record[key])) return false
      } else if (required[index]) return false
    }
    for (const key in record) if (!own.call(entries, key)) return false
    return true
  }
}

function compilePipe(node: Node): _Is {
  const [first, ...rest] = node.pipe as readonly Node[]
  if (!first || rest.some((item) => item.kind === 'transformation' || item.kind === 'schema')) return delegate(node)
  const base = compile(first)
  const actions = rest.filter((item) => item.kind === 'validation').map(compileAction)
  // Note: most pipes hold no check or one (a description does not count); calling those directly
  // keeps the hot path short.
  if (actions.length === 0) return base
  if (actions.length === 1) {
    const action = actions[0] as _Is
    return (input) => base(input) && action(input)
  }
  return (input) => {
    if (!base(input)) return false
    for (let index = 0; index < actions.length; index++) if (!(actions[index] as _Is)(input)) return false
    return true
  }
}

function compileAction(action: Node): _Is {
  const requirement = action.requirement
  switch (action.type) {
    case 'regex': {
      const pattern = requirement as RegExp
      // Note: a global or sticky pattern keeps state between calls; valibot's own run keeps it alike.
      if (pattern.global || pattern.sticky) break
      return (input) => pattern.test(input as string)
    }
    case 'integer':
    case 'finite':
      if (typeof requirement !== 'function') break
      return requirement as _Is
    case 'min_value':
      return (input) => (input as number) >= (requirement as number)
    case 'max_value':
      return (input) => (input as number) <= (requirement as number)
    case 'min_length':
      return (input) => (input as { length: number }).length >= (requirement as number)
  }
  // Note: after its schema passed, valibot runs an action on a typed dataset without issues.
  return (input) => !action['~run']({ typed: true, value: input }, ABORT_EARLY).issues
}

/** The pattern of text without surrounding spaces, which most strings of a record must match. */
const TRIMMED_SOURCE = String.raw`^\S(?:[\s\S]*\S)?$`
const SPACE = /\s/

/**
 * Answers as `/^\S(?:[\s\S]*\S)?$/` does, reading two characters instead of running the pattern:
 * text matches it when it is not empty and neither its first nor its last character is a space.
 *
 * @param text A string.
 * @returns Whether the pattern matches it.
 */
function isTrimmed(text: string): boolean {
  const length = text.length
  if (length === 0) return false
  // Note: printable ASCII is never a space; anything else asks the pattern `\s` itself.
  const first = text.charCodeAt(0)
  const last = text.charCodeAt(length - 1)
  return ((first > 32 && first < 127) || !SPACE.test(text.charAt(0))) && ((last > 32 && last < 127) || !SPACE.test(text.charAt(length - 1)))
}

/**
 * Writes the check for plain data as JavaScript source: one function per object and array schema,
 * each with the checks of its members inline, so that every call site sees one shape of function
 * (the closures above make every call site polymorphic). Parts it does not write out are called as
 * the closures `compile` builds, which valibot backs.
 */
function generate(root: Node): _Is {
  const helpers: unknown[] = []
  const functions: string[] = []
  const helper = (value: unknown): string => `h${helpers.push(value) - 1}`

  const object = (node: Node, entries: Record<string, Node>): string => {
    const keys = Object.keys(entries)
    const entryNodes = keys.map((key) => entries[key] as Node)
    if (entryNodes.some((entry) => entry.default !== undefined || entry.fallback !== undefined) || keys.some((key) => key in Object.prototype)) {
      return `${helper(compile(node))}(VALUE)`
    }
    const name = `f${functions.length}`
    const at = functions.push('') - 1
    let required = 0
    const cases = keys.map((key, index) => {
      const entry = entryNodes[index] as Node
      const isRequired = entry.type !== 'exact_optional' && entry.type !== 'optional' && entry.type !== 'nullish'
      if (isRequired) required++
      return `case ${JSON.stringify(key)}: if (!(${expression(entry, 'x')})) return false;${isRequired ? ' n++;' : ''} break;`
    })
    functions[at] = `function ${name}(o) {
  if (!o || typeof o !== 'object') return false;
  const p = getPrototypeOf(o);
  if (p !== objectPrototype && p !== null) return ${helper(compile(node))}(o);
  let n = 0;
  for (const k in o) {
    const x = o[k];
    switch (k) { ${cases.join(' ')} default: return false; }
  }
  return n === ${required};
}`
    return `${name}(VALUE)`
  }

  const array = (item: Node): string => {
    const name = `f${functions.length}`
    const at = functions.push('') - 1
    functions[at] = `function ${name}(a) {
  if (!Array.isArray(a)) return false;
  for (let i = 0; i < a.length; i++) { const x = a[i]; if (!(${expression(item, 'x')})) return false; }
  return true;
}`
    return `${name}(VALUE)`
  }

  // Note: a finite number is written as itself, so that the compiler sees a constant.
  const literal = (value: number): string => (Number.isFinite(value) ? String(value) : helper(value))

  const action = (node: Node, value: string): string => {
    const requirement = node.requirement
    switch (node.type) {
      case 'regex': {
        const pattern = requirement as RegExp
        if (pattern.global || pattern.sticky) break
        if (pattern.source === TRIMMED_SOURCE && pattern.flags === '') return `${helper(isTrimmed)}(${value})`
        return `${helper(pattern)}.test(${value})`
      }
      case 'min_value':
        if (typeof requirement === 'number') return `${value} >= ${literal(requirement)}`
        break
      case 'max_value':
        if (typeof requirement === 'number') return `${value} <= ${literal(requirement)}`
        break
      case 'min_length':
        if (typeof requirement === 'number') return `${value}.length >= ${literal(requirement)}`
        break
      case 'check':
        // Note: valibot's `check` adds an issue exactly when its requirement answers falsy.
        if (typeof requirement === 'function') {
          const check = requirement as (this: Node, input: unknown) => unknown
          return `${helper((input: unknown) => !!check.call(node, input))}(${value})`
        }
        break
    }
    return `${helper(compileAction(node))}(${value})`
  }

  const expression = (node: Node, value: string): string => {
    const call = (source: string) => source.replaceAll('VALUE', value)
    if (node.pipe) {
      const [first, ...rest] = node.pipe
      if (!first || rest.some((item) => item.kind === 'transformation' || item.kind === 'schema')) return `${helper(compile(node))}(${value})`
      const parts = [expression(first, value), ...rest.filter((item) => item.kind === 'validation').map((item) => action(item, value))]
      return parts.length === 1 ? (parts[0] as string) : `(${parts.join(' && ')})`
    }
    switch (node.type) {
      case 'string':
        return `typeof ${value} === 'string'`
      case 'number':
        return `(typeof ${value} === 'number' && ${value} === ${value})`
      case 'picklist':
        return `${helper(new Set(node.options ?? []))}.has(${value})`
      case 'exact_optional':
        if (node.default === undefined && node.wrapped) return expression(node.wrapped, value)
        break
      case 'array':
        if (node.item) return call(array(node.item))
        break
      case 'strict_object':
        if (node.entries) return call(object(node, node.entries))
        break
    }
    return `${helper(compile(node))}(${value})`
  }

  const body = expression(root, 'input')
  // Note: each helper is a constant of its own, so every call site reads one binding.
  const constants = helpers.map((_, index) => `const h${index} = h[${index}];`).join('\n')
  const source = `${constants}\n${functions.join('\n')}\nreturn (input) => ${body};`
  // Note: the source is built above from the schema alone, never from input.
  return new Function('h', 'getPrototypeOf', 'objectPrototype', source)(helpers, Object.getPrototypeOf, Object.prototype) as _Is
}
