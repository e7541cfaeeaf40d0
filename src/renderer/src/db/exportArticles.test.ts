import 'fake-indexeddb/auto'
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { ImportedDocument } from '@shared/document'
import { toW3cAnnotations } from '@shared/w3c/exportW3c'
import { applyChangeSet } from './changeSet'
import { ThemataDb } from './db'
import { saveImportedDocument } from './documents'
import { articlesWithPassages } from './exportArticles'

const article = (hash: string, title: string, text: string): ImportedDocument => ({
  title,
  metadata: {},
  blocks: [{ type: 'paragraph', text }],
  text,
  fileName: `${title}.txt`,
  format: 'txt',
  contentHash: hash.repeat(64),
  byteLength: text.length
})

let db: ThemataDb
beforeEach(() => {
  db = new ThemataDb(`export-${Math.random()}`)
})
afterEach(async () => {
  await db.delete()
})

it('gathers every article with passages, in import order, for a project-wide export', async () => {
  const first = await saveImportedDocument(db, article('a', 'First', 'Gas 😀 routes as leverage.'), 1)
  await saveImportedDocument(db, article('b', 'Untouched', 'No passages here.'), 2)
  const third = await saveImportedDocument(db, article('c', 'Third', 'Sanctions and proxies.'), 3)
  const passage = (id: string, documentId: string, start: number, end: number, text: string) => ({
    id,
    documentId,
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(0, start),
    suffix: text.slice(end),
    tagIds: [],
    note: 'n',
    createdAt: 1,
    updatedAt: 1
  })
  await applyChangeSet(db, {
    annotations: [
      { before: null, after: passage('p3', third.id, 0, 9, 'Sanctions and proxies.') },
      { before: null, after: passage('p1', first.id, 7, 13, 'Gas 😀 routes as leverage.') }
    ]
  })
  const articles = await articlesWithPassages(db)
  expect(articles.map((a) => [a.title, a.annotations.map((p) => p.exact)])).toEqual([
    ['First', ['routes']],
    ['Third', ['Sanctions']]
  ])
  const exported = toW3cAnnotations({ articles, tags: [], creator: 'A', generatedAt: new Date(0) })
  expect(exported.map((a) => [a.target.source.id.slice(0, 12), a.target.selector[1].start])).toEqual([
    ['urn:sha256:a', 6],
    ['urn:sha256:c', 0]
  ])
})
