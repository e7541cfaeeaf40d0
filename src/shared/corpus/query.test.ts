import { describe, expect, it } from 'vitest'
import type { Tag } from '../annotation'
import {
  collectRows,
  documentPasses,
  EMPTY_FILTER,
  firstThemeRanks,
  foldForFilter,
  groupByRank,
  matchThemes,
  orderDocuments,
  textMatcher,
  themeGroups,
  type CorpusDocument
} from './query'

const tag = (id: string, parentId: string | null, order: number): Tag => ({ id, name: id, color: '#000000', description: '', memo: '', parentId, order, shortcut: null })

// Economic pressure > Sanctions > Oil embargo; Hybrid tactics > Disinformation; CIS.
const TAGS = [tag('econ', null, 0), tag('sanctions', 'econ', 0), tag('embargo', 'sanctions', 0), tag('hybrid', null, 1), tag('disinfo', 'hybrid', 0), tag('cis', null, 2)]

// Slot → themes: 0 econ · 1 sanctions · 2 embargo+disinfo · 3 hybrid · 4 cis · 5 none · 6 econ+cis
const PASSAGES: string[][] = [['econ'], ['sanctions'], ['embargo', 'disinfo'], ['hybrid'], ['cis'], [], ['econ', 'cis']]
const members = (tagId: string): number[] => PASSAGES.flatMap((tags, slot) => (tags.includes(tagId) ? [slot] : []))

function passing(themeIds: string[], mode: 'any' | 'all' | 'none', includeSubThemes: boolean): number[] {
  const mask = matchThemes(PASSAGES.length, themeGroups(TAGS, { themeIds, includeSubThemes }), mode, members)
  if (!mask) return PASSAGES.map((_, i) => i)
  return [...mask].flatMap((v, i) => (v ? [i] : []))
}

describe('Boolean retrieval by theme', () => {
  it('any of: a passage with one of the themes', () => {
    expect(passing(['econ', 'cis'], 'any', false)).toEqual([0, 4, 6])
  })

  it('any of, with sub-themes at every depth', () => {
    expect(passing(['econ'], 'any', true)).toEqual([0, 1, 2, 6])
  })

  it('all of: a passage with every theme', () => {
    expect(passing(['econ', 'cis'], 'all', false)).toEqual([6])
  })

  it('all of, each chosen theme standing for its sub-themes', () => {
    expect(passing(['econ', 'hybrid'], 'all', true)).toEqual([2])
    expect(passing(['econ', 'hybrid'], 'all', false)).toEqual([])
  })

  it('a passage carrying two themes of one group counts once for it', () => {
    // One passage tagged with both Sanctions and Oil embargo: "all of" Economic pressure (with sub-themes) and CIS must not pass it.
    const both = (tagId: string): number[] => (tagId === 'sanctions' || tagId === 'embargo' ? [0] : [])
    const mask = matchThemes(1, themeGroups(TAGS, { themeIds: ['econ', 'cis'], includeSubThemes: true }), 'all', both)
    expect([...(mask ?? [])]).toEqual([0])
    const nested = matchThemes(1, themeGroups(TAGS, { themeIds: ['econ', 'sanctions'], includeSubThemes: true }), 'all', both)
    expect([...(nested ?? [])]).toEqual([1])
  })

  it('none of: passages with none of the themes, untagged ones included', () => {
    expect(passing(['econ', 'cis'], 'none', false)).toEqual([1, 2, 3, 5])
    expect(passing(['econ', 'cis'], 'none', true)).toEqual([3, 5])
  })

  it('no theme chosen: every passage', () => {
    expect(passing([], 'all', true)).toEqual([0, 1, 2, 3, 4, 5, 6])
  })
})

const doc = (id: string, title: string, importedAt: number, date?: string, setIds: string[] = []): CorpusDocument => ({ id, title, importedAt, setIds, metadata: date ? { date } : {} })
const DOCS = [doc('a', 'Baku protests', 3, '2025-08-08', ['aug']), doc('b', 'Azerbaijan and the CIS', 1, '2025-01-15'), doc('c', 'Undated note', 2)]

describe('articles, sets and dates', () => {
  it('keeps chosen articles or articles in chosen sets', () => {
    expect(DOCS.filter((d) => documentPasses(d, { ...EMPTY_FILTER, documentIds: ['b'] })).map((d) => d.id)).toEqual(['b'])
    expect(DOCS.filter((d) => documentPasses(d, { ...EMPTY_FILTER, setIds: ['aug'] })).map((d) => d.id)).toEqual(['a'])
    expect(DOCS.filter((d) => documentPasses(d, { ...EMPTY_FILTER, documentIds: ['c'], setIds: ['aug'] })).map((d) => d.id)).toEqual(['a', 'c'])
  })

  it('keeps dated articles within the range, inclusive', () => {
    expect(DOCS.filter((d) => documentPasses(d, { ...EMPTY_FILTER, dateFrom: '2025-08-08' })).map((d) => d.id)).toEqual(['a'])
    expect(DOCS.filter((d) => documentPasses(d, { ...EMPTY_FILTER, dateTo: '2025-06-30' })).map((d) => d.id)).toEqual(['b'])
    expect(DOCS.filter((d) => documentPasses(d, EMPTY_FILTER)).map((d) => d.id)).toEqual(['a', 'b', 'c'])
  })
})

describe('sorting', () => {
  it('orders articles by title, by when they were added, or newest date first', () => {
    expect(orderDocuments(DOCS, 'article').map((d) => d.id)).toEqual(['b', 'a', 'c'])
    expect(orderDocuments(DOCS, 'position').map((d) => d.id)).toEqual(['b', 'c', 'a'])
    expect(orderDocuments(DOCS, 'date').map((d) => d.id)).toEqual(['a', 'b', 'c'])
  })

  it('lists each article’s passages in reading order, in article order', () => {
    const slots: Record<string, number[]> = { a: [4, 0], b: [2, 5, 1], c: [3] }
    const rows = collectRows(orderDocuments(DOCS, 'article'), (id) => slots[id] ?? [], (s) => s !== 5)
    expect([...rows]).toEqual([2, 1, 4, 0, 3])
  })

  it('groups by first theme in codebook order, keeping the order within each theme', () => {
    const ranks = firstThemeRanks(PASSAGES.length, TAGS, members)
    // codebook order: econ 0, sanctions 1, embargo 2, hybrid 3, disinfo 4, cis 5; none → 6
    expect([...ranks]).toEqual([0, 1, 2, 3, 5, 6, 0])
    expect([...groupByRank(Int32Array.from([5, 4, 6, 3, 2, 1, 0]), ranks, 7)]).toEqual([6, 0, 1, 2, 3, 4, 5])
  })
})

describe('text filter', () => {
  it('needs every word, in any case and with or without accents', () => {
    const matches = textMatcher('socar BAKI')
    expect(matches?.(foldForFilter('Strikes on SOCAR near Bakı'))).toBe(true)
    expect(matches?.(foldForFilter('Strikes on SOCAR'))).toBe(false)
    expect(textMatcher('İstanbul')?.(foldForFilter('in istanbul'))).toBe(true)
    expect(textMatcher('   ')).toBeNull()
  })
})
