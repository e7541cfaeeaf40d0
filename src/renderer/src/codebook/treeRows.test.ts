import { describe, expect, it } from 'vitest'
import type { Tag } from '@shared/annotation'
import { treeKey, treeRows, typeAhead } from './treeRows'

const tag = (id: string, name: string, parentId: string | null, order: number): Tag => ({ id, name, color: '#d97706', description: '', memo: '', parentId, order, shortcut: null })

/** Economic (Sanctions, Energy), Hybrid (Disinformation (Bots)), CIS */
const tags = [
  tag('econ', 'Economic pressure', null, 0),
  tag('sanc', 'Sanctions', 'econ', 0),
  tag('energy', 'Energy', 'econ', 1),
  tag('hybrid', 'Hybrid tactics', null, 1),
  tag('dis', 'Disinformation', 'hybrid', 0),
  tag('bots', 'Bots', 'dis', 0),
  tag('cis', 'CIS', null, 2)
]

describe('the tree’s rows', () => {
  it('lists every theme depth-first with its level, position among siblings, and whether it is open', () => {
    expect(treeRows(tags, new Set()).map((r) => `${r.tag.id} L${r.level} ${r.position}/${r.siblings}${r.hasChildren ? (r.expanded ? ' open' : ' closed') : ''}`)).toEqual([
      'econ L1 1/3 open',
      'sanc L2 1/2',
      'energy L2 2/2',
      'hybrid L1 2/3 open',
      'dis L2 1/1 open',
      'bots L3 1/1',
      'cis L1 3/3'
    ])
  })

  it('hides the sub-themes of a collapsed theme', () => {
    expect(treeRows(tags, new Set(['hybrid', 'econ'])).map((r) => r.tag.id)).toEqual(['econ', 'hybrid', 'cis'])
    expect(treeRows(tags, new Set(['dis'])).map((r) => r.tag.id)).toEqual(['econ', 'sanc', 'energy', 'hybrid', 'dis', 'cis'])
  })
})

describe('tree keys', () => {
  const rows = treeRows(tags, new Set(['econ']))

  it('↑/↓ go to the row before and after, Home/End to the first and last', () => {
    expect(treeKey(rows, 'econ', 'ArrowDown')).toEqual({ focus: 'hybrid' })
    expect(treeKey(rows, 'hybrid', 'ArrowUp')).toEqual({ focus: 'econ' })
    expect(treeKey(rows, 'econ', 'ArrowUp')).toBeNull()
    expect(treeKey(rows, 'cis', 'ArrowDown')).toBeNull()
    expect(treeKey(rows, 'bots', 'Home')).toEqual({ focus: 'econ' })
    expect(treeKey(rows, 'econ', 'End')).toEqual({ focus: 'cis' })
  })

  it('→ opens a closed theme, then goes to its first sub-theme; does nothing on a leaf', () => {
    expect(treeKey(rows, 'econ', 'ArrowRight')).toEqual({ expand: 'econ' })
    expect(treeKey(rows, 'hybrid', 'ArrowRight')).toEqual({ focus: 'dis' })
    expect(treeKey(rows, 'cis', 'ArrowRight')).toBeNull()
  })

  it('← closes an open theme, else goes to the parent', () => {
    expect(treeKey(rows, 'hybrid', 'ArrowLeft')).toEqual({ collapse: 'hybrid' })
    expect(treeKey(rows, 'bots', 'ArrowLeft')).toEqual({ focus: 'dis' })
    expect(treeKey(rows, 'econ', 'ArrowLeft')).toBeNull()
  })

  it('a focus lost with its theme goes back to the first row; other keys are not the tree’s', () => {
    expect(treeKey(rows, 'gone', 'ArrowDown')).toEqual({ focus: 'econ' })
    expect(treeKey(rows, 'econ', 'x')).toBeNull()
  })

  it('type-ahead finds the next theme starting with the letters typed, wrapping round', () => {
    const all = treeRows(tags, new Set())
    expect(typeAhead(all, 'econ', 'e')).toBe('energy')
    expect(typeAhead(all, 'energy', 'e')).toBe('econ')
    expect(typeAhead(all, 'econ', 'ec')).toBe('econ')
    expect(typeAhead(all, null, 'B')).toBe('bots')
    expect(typeAhead(all, 'econ', 'z')).toBeNull()
  })
})
