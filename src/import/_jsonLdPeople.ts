import type { CastCredit } from '../schemas/castCredit.js'
import type { Person } from '../schemas/person.js'
import { _imdbNameId, _wikidataId } from './_ids.js'
import { _deref, _isNode, _list, _nameOf, _textOf, _types, type _Node } from './_jsonLdNodes.js'
import { _note, type _InputPath, type _Note } from './_note.js'

/**
 * Reads people from a JSON-LD property such as `director` or `creator`: Person nodes or plain
 * names. Organizations are reported and left out, repeats are dropped with a note.
 *
 * @param value The property's value.
 * @param at Where the property sits in the input.
 * @param path The record field the people go to.
 * @param nodes The document's nodes by id.
 * @param notes Where to report.
 * @returns The people, in order.
 */
export function _jsonLdPeople(
  value: unknown,
  at: _InputPath,
  path: string,
  nodes: Map<string, _Node>,
  notes: _Note[],
): Person[] {
  const people: Person[] = []
  _list(value).forEach((raw, index) => {
    const item = _deref(raw, nodes)
    const where = Array.isArray(value) ? [...at, index] : at
    if (_isNode(item) && _types(item).some((type) => type === 'Organization' || type === 'Corporation')) {
      const name = _nameOf(item) ?? _textOf(item.url) ?? 'an organization'
      _note(notes, 'info', 'ignored-value', `Left out ${name} from ${path}: it is an organization, not a person.`, where, path)
      return
    }
    const person = _person(item)
    if (!person) {
      _note(notes, 'warning', 'invalid-value', `Left out an entry of ${path} that has no name.`, where, path)
      return
    }
    if (people.some((seen) => seen.name === person.name && seen.ids?.imdb === person.ids?.imdb)) {
      _note(notes, 'info', 'duplicate-value', `Left out ${person.name}, listed twice in ${path}.`, where, path)
      return
    }
    people.push(person)
  })
  return people
}

/**
 * Reads the `actor` property: PerformanceRole nodes (an actor and a character) become cast
 * credits, plain Person nodes become stars.
 *
 * @param value The property's value.
 * @param at Where the property sits in the input.
 * @param nodes The document's nodes by id.
 * @param notes Where to report.
 * @returns The cast and the stars.
 */
export function _jsonLdActors(
  value: unknown,
  at: _InputPath,
  nodes: Map<string, _Node>,
  notes: _Note[],
): { cast: CastCredit[]; stars: Person[] } {
  const cast: CastCredit[] = []
  const plain: unknown[] = []
  const plainAt: _InputPath[] = []
  _list(value).forEach((raw, index) => {
    const item = _deref(raw, nodes)
    const where = Array.isArray(value) ? [...at, index] : at
    if (!_isNode(item) || !_types(item).includes('PerformanceRole')) {
      plain.push(item)
      plainAt.push(where)
      return
    }
    const name = _nameOf(_deref(_list(item.actor)[0], nodes))
    if (!name) {
      _note(notes, 'warning', 'invalid-value', 'Left out a cast entry that names no actor.', where, 'cast')
      return
    }
    const credit: CastCredit = { name }
    const character = _textOf(_list(item.characterName)[0]) ?? _textOf(_list(item.roleName)[0])
    if (character) credit.character = character
    cast.push(credit)
  })
  const stars = plain.flatMap((item, index) => _jsonLdPeople(item, plainAt[index]!, 'stars', nodes, notes))
  return { cast, stars }
}

function _person(value: unknown): Person | undefined {
  const name = _nameOf(value)
  if (!name) return undefined
  const person: Person = { name }
  if (!_isNode(value)) return person
  const links = [value['@id'], value.url, ..._list(value.sameAs)].filter((link): link is string => typeof link === 'string')
  const imdb = links.map(_imdbNameId).find(Boolean)
  const wikidata = links.map(_wikidataId).find(Boolean)
  if (imdb || wikidata) person.ids = { ...(imdb && { imdb }), ...(wikidata && { wikidata }) }
  return person
}
