import { describe, expect, it } from 'vitest'
import type { Tag } from '@shared/annotation'
import { codebookOrder } from '@shared/themeTree'
import { filterThemes, fold, groupThemes } from './themeFilter'

const tag = (id: string, name: string, parentId: string | null, order: number): Tag => ({ id, name, color: '#d97706', description: '', memo: '', parentId, order, shortcut: null })

const tags = codebookOrder([
  tag('econ', 'Economic pressure', null, 0),
  tag('hybrid', 'Hybrid tactics', null, 1),
  tag('dis', 'Dezinformatsiya', 'hybrid', 0),
  tag('bots', 'Bots', 'dis', 0),
  tag('prox', 'Proxies', 'hybrid', 1),
  tag('az', 'Azərbaycan İqtisadiyyatı', null, 2)
])

describe('the tag toolbar’s themes', () => {
  it('groups sub-themes at every depth under their top-level theme', () => {
    expect(groupThemes(tags).map((g) => [g.top.tag.id, g.members.map((m) => `${m.tag.id}:${m.depth}`)])).toEqual([
      ['econ', []],
      ['hybrid', ['dis:1', 'bots:2', 'prox:1']],
      ['az', []]
    ])
  })

  it('filters by name or path as one types, ignoring case and accents', () => {
    const ids = (query: string): string[] => filterThemes(tags, query).map((s) => s.tag.id)
    expect(ids('')).toEqual(['econ', 'hybrid', 'dis', 'bots', 'prox', 'az'])
    expect(ids('BOT')).toEqual(['bots'])
    expect(ids('hybrid')).toEqual(['hybrid', 'dis', 'bots', 'prox'])
    expect(ids('hybrid prox')).toEqual(['prox'])
    expect(ids('azerbaycan iqtisad')).toEqual(['az'])
    expect(ids('nothing like it')).toEqual([])
    expect(filterThemes(tags, 'bots')[0]?.ancestors).toEqual(['Hybrid tactics', 'Dezinformatsiya'])
  })

  it('folds case and accents', () => {
    expect(fold('Əli İLHAM Çağ qısa')).toBe('eli ilham cag qisa')
  })
})
