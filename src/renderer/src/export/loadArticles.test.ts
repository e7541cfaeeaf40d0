import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Annotation } from '@shared/annotation'
import type { ImportedDocument } from '@shared/document'
import { ThemataDb } from '../db/db'
import { saveImportedDocument } from '../db/documents'

import { loadArticles } from './loadArticles'

const imported = (n: number): ImportedDocument => ({
  title: `Article ${n}`,
  metadata: { date: `2025-08-0${n}` },
  blocks: [{ type: 'paragraph', text: `Text of article ${n}.` }],
  text: `Text of article ${n}.`,
  fileName: `a${n}.txt`,
  format: 'txt',
  contentHash: String(n).padStart(64, '0'),
  byteLength: 18
})

const passage = (id: string, documentId: string): Annotation => ({ id, documentId, start: 0, end: 4, exact: 'Text', prefix: '', suffix: '', tagIds: ['t'], note: '', createdAt: 1, updatedAt: 1 })

let db: ThemataDb

beforeEach(() => {
  db = new ThemataDb(`load-${Math.random()}`)
})

afterEach(async () => {
  db.close()
  await db.delete()
})

describe('loadArticles', () => {
  it('reads the chosen articles in the order given, each with its own passages, and the codebook', async () => {
    const ids: string[] = []
    for (let n = 1; n <= 30; n++) ids.push((await saveImportedDocument(db, imported(n), n)).id)
    await db.annotations.bulkAdd([passage('p1', ids[2] as string), passage('p2', ids[2] as string), passage('p3', ids[29] as string)])
    await db.tags.add({ id: 't-energy', name: 'Energy', color: '#d97706', description: '', memo: '', parentId: null, order: 0, shortcut: 1 })
    const progress: [number, number][] = []
    const loaded = await loadArticles(db, [ids[29] as string, ids[2] as string, 'gone', ids[0] as string], (done, total) => progress.push([done, total]))
    expect(loaded.articles.map((a) => [a.document.title, a.annotations.map((p) => p.id).sort()])).toEqual([
      ['Article 30', ['p3']],
      ['Article 3', ['p1', 'p2']],
      ['Article 1', []]
    ])
    expect(loaded.articles[1]?.document).toMatchObject({ text: 'Text of article 3.', fileName: 'a3.txt', metadata: { date: '2025-08-03' } })
    expect(loaded.tags.map((t) => t.name)).toEqual(['Energy'])
    expect(progress).toEqual([[4, 4]])
    const many = await loadArticles(db, ids, (done, total) => progress.push([done, total]))
    expect(many.articles).toHaveLength(30)
    expect(progress.slice(1)).toEqual([
      [25, 30],
      [30, 30]
    ])
  })
})
