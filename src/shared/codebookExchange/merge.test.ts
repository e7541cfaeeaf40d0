import { describe, expect, it } from 'vitest'
import type { Tag } from '../annotation'
import { DEFAULT_CODEBOOK, THEME_PALETTE } from '../codebook'
import { themePath } from '../themeTree'
import { mergeCodebook } from './merge'
import { tagsFrom } from './testSupport'
import type { CodebookNode } from './tree'

const node = (name: string, children: CodebookNode[] = [], extra: Partial<CodebookNode> = {}): CodebookNode => ({
  guid: null,
  name,
  color: null,
  description: '',
  children,
  ...extra
})

function ids(): () => string {
  let n = 0
  return () => `new-${++n}`
}

const existing: Tag[] = tagsFrom([
  ['Economic pressure', [['Sanctions']], { shortcut: 1, description: 'Trade as leverage.' }],
  ['Hybrid tactics', [['Disinformation']], { shortcut: 2 }],
  ['CIS', [], { shortcut: 3 }]
])

describe('merging an imported codebook by name path', () => {
  it('adds only the paths the codebook lacks, under the parents it has, and counts the rest', () => {
    const incoming = [
      node('hybrid  TACTICS', [node('Disinformation', [node('Deepfakes')]), node('Proxies')]),
      node('Economic pressure', [node('sanctions')]),
      node('Energy', [node('Gas'), node('Oil')])
    ]
    const { tags, report } = mergeCodebook(existing, incoming, ids())
    expect(report).toEqual({ added: 5, alreadyThere: 4, repeated: 0 })
    const all = [...existing, ...tags]
    expect(tags.map((t) => themePath(all, t.id).join('/'))).toEqual([
      'Hybrid tactics/Disinformation/Deepfakes',
      'Hybrid tactics/Proxies',
      'Energy',
      'Energy/Gas',
      'Energy/Oil'
    ])
  })

  it('puts new themes after the siblings already there, with no key, an empty memo and the file’s description', () => {
    const { tags } = mergeCodebook(existing, [node('Hybrid tactics', [node('Proxies', [], { description: '  Paid agents. ' })]), node('Energy')], ids())
    const proxies = tags.find((t) => t.name === 'Proxies') as Tag
    const hybrid = existing.find((t) => t.name === 'Hybrid tactics') as Tag
    expect(proxies).toMatchObject({ id: 'new-1', parentId: hybrid.id, order: 1, shortcut: null, memo: '', description: 'Paid agents.' })
    expect(tags.find((t) => t.name === 'Energy')).toMatchObject({ parentId: null, order: 3, shortcut: null })
  })

  it('leaves the themes already there unchanged (their colour, description and key)', () => {
    const { tags } = mergeCodebook(existing, [node('Economic pressure', [], { color: '#123456', description: 'Other words.' })], ids())
    expect(tags).toEqual([])
  })

  it('keeps the file’s colours and gives the others the least used palette colours, so they stay apart', () => {
    const { tags } = mergeCodebook([], [node('A', [], { color: '#123abc' }), node('B'), node('C'), node('D')], ids())
    expect(tags.map((t) => t.color)).toEqual(['#123abc', THEME_PALETTE[0], THEME_PALETTE[1], THEME_PALETTE[2]])
  })

  it('merges names a file repeats among siblings into one theme, children included', () => {
    const { tags, report } = mergeCodebook([], [node('A', [node('x')]), node('a ', [node('y'), node('X')])], ids())
    expect(tags.map((t) => t.name)).toEqual(['A', 'x', 'y'])
    expect(report).toEqual({ added: 3, alreadyThere: 0, repeated: 2 })
  })

  it('keeps the same name under different parents apart', () => {
    const { tags } = mergeCodebook([], [node('A', [node('Other')]), node('B', [node('Other')])], ids())
    expect(tags.filter((t) => t.name === 'Other').map((t) => t.parentId)).toEqual(['new-1', 'new-3'])
  })

  it('maps each imported GUID to the theme it landed on, new or already there', () => {
    const { idByGuid } = mergeCodebook(existing, [node('CIS', [node('Members', [], { guid: 'AB-2' })], { guid: 'AB-1' })], ids())
    expect(idByGuid).toEqual(new Map([['ab-1', existing.find((t) => t.name === 'CIS')?.id], ['ab-2', 'new-1']]))
  })

  it('imports the default codebook into itself as nothing new', () => {
    const defaults = DEFAULT_CODEBOOK.map((t, i) => ({ ...t, id: `d${i}` }))
    const incoming = defaults.map((t) => node(t.name, [], { color: t.color, description: t.description }))
    expect(mergeCodebook(defaults, incoming, ids()).report).toEqual({ added: 0, alreadyThere: 3, repeated: 0 })
  })

  it('handles a deep chain without recursion limits', () => {
    let deep = node('level 2000')
    for (let i = 1999; i >= 1; i--) deep = node(`level ${i}`, [deep])
    const { tags } = mergeCodebook([], [deep], ids())
    expect(tags).toHaveLength(2000)
    expect(tags[1999]?.parentId).toBe(tags[1998]?.id)
  })
})
