import { describe, expect, it } from 'vitest'
import type { DocumentRecord } from '../db/db'
import { foldForSearch, listLibrary, matchesText, type LibraryQuery } from './listing'

const record = (id: string, fields: Partial<DocumentRecord>): DocumentRecord => ({
  id,
  contentHash: id.padEnd(64, '0'),
  title: id,
  fileName: `${id}.txt`,
  format: 'txt',
  metadata: {},
  byteLength: 1,
  charCount: 1,
  importedAt: 0,
  openedAt: 0,
  memo: '',
  setIds: [],
  ...fields
})

const docs = [
  record('a', { title: 'Strikes on SOCAR', metadata: { author: 'İlham Əliyev', date: '2025-08-08' }, importedAt: 3, openedAt: 10, setIds: ['aug'] }),
  record('b', { title: 'CIS summit in Dushanbe', metadata: { date: '2025-10-10', source: 'Kommersant' }, importedAt: 1, openedAt: 30, memo: 'Check the quotes.' }),
  record('c', { title: 'a note on gas', fileName: 'Газпром.md', importedAt: 2, openedAt: 20, setIds: ['aug', 'ru'] }),
  record('d', { title: 'Baku port', metadata: { date: '2024-01-05' }, importedAt: 4, openedAt: 5 })
]
const passages: Record<string, number> = { a: 12, b: 0, c: 40, d: 12 }
const list = (query: Partial<LibraryQuery>): string[] => listLibrary(docs, { text: '', setId: null, sort: 'opened', ...query }, (id) => passages[id] ?? 0).map((d) => d.id)

describe('the library listing', () => {
  it('sorts by last opened, title, date, added and passages', () => {
    expect(list({ sort: 'opened' })).toEqual(['b', 'c', 'a', 'd'])
    expect(list({ sort: 'title' })).toEqual(['c', 'd', 'b', 'a'])
    // Newest date first; an article without a date last.
    expect(list({ sort: 'date' })).toEqual(['b', 'a', 'd', 'c'])
    expect(list({ sort: 'added' })).toEqual(['d', 'a', 'c', 'b'])
    // Most passages first; ties by title.
    expect(list({ sort: 'passages' })).toEqual(['c', 'd', 'a', 'b'])
  })

  it('filters by every word of the text, in title, author, source, date, file name and memo, ignoring case and accents', () => {
    expect(list({ text: 'socar' })).toEqual(['a'])
    expect(list({ text: 'aliyev' })).toEqual(['a'])
    expect(list({ text: 'ilham' })).toEqual(['a'])
    expect(list({ text: 'kommersant  cis' })).toEqual(['b'])
    expect(list({ text: 'quotes' })).toEqual(['b'])
    expect(list({ text: 'газпром' })).toEqual(['c'])
    expect(list({ text: '2025-10' })).toEqual(['b'])
    expect(list({ text: 'socar summit' })).toEqual([])
    expect(list({ text: '   ' })).toHaveLength(4)
  })

  it('narrows to a set, together with the text', () => {
    expect(list({ setId: 'aug' })).toEqual(['c', 'a'])
    expect(list({ setId: 'ru' })).toEqual(['c'])
    expect(list({ setId: 'aug', text: 'strikes', sort: 'title' })).toEqual(['a'])
    expect(list({ setId: 'none' })).toEqual([])
  })

  it('folds case and accents the way people type names', () => {
    expect(foldForSearch('Bakı İstanbul Əliyev Ğ')).toBe('baki istanbul aliyev g')
    expect(matchesText(docs[0] as DocumentRecord, 'STRIKES socar')).toBe(true)
  })
})
