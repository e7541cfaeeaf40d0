/**
 * The IndexedDB schema. Every version ever shipped stays declared here; a change of schema is a
 * new version with an upgrade, never an edit of a shipped one.
 */
import Dexie, { type Table } from 'dexie'
import type { Annotation, Tag } from '@shared/annotation'
import type { Block, DocumentMetadata, SourceFormat } from '@shared/document'

/** What the library lists: small, so 500 of them load at once. */
export interface DocumentRecord {
  id: string
  contentHash: string
  title: string
  fileName: string
  format: SourceFormat
  metadata: DocumentMetadata
  byteLength: number
  charCount: number
  importedAt: number
  openedAt: number
  /**
   * How many passages it has, kept current by applyChangeSet so the library never counts
   * 100,000 passages to list 500 articles. Absent on records stored before it was kept: those are
   * counted once, the first time the library lists them (see passageCounts).
   */
  passageCount?: number
  /**
   * Passages per theme id (themes with none left out), kept like passageCount and for the same
   * reason: the library shows them for every article. Absent on records stored before it was kept.
   */
  themeCounts?: Record<string, number>
  /** The analyst's notes on the article (version 2). */
  memo: string
  /** The article sets it belongs to (version 2). */
  setIds: string[]
}

/** A named group of articles ("Aug 2025", "Russian-language press"), used as a filter. */
export interface ArticleSet {
  id: string
  name: string
  order: number
}

/** The article itself, kept apart so listing documents never loads their text. */
export interface ContentRecord {
  documentId: string
  blocks: Block[]
  text: string
}

export interface SettingRecord {
  key: string
  value: unknown
}

/** A version-1 theme as a version-2 one: at the top of the tree, the first nine on keys 1–9 as before. */
export function upgradeTag(t: Partial<Tag>, position: number): Partial<Tag> {
  return { ...t, memo: t.memo ?? '', parentId: t.parentId ?? null, shortcut: t.shortcut !== undefined ? t.shortcut : position < 9 ? position + 1 : null }
}

export class ThemataDb extends Dexie {
  documents!: Table<DocumentRecord, string>
  contents!: Table<ContentRecord, string>
  tags!: Table<Tag, string>
  annotations!: Table<Annotation, string>
  settings!: Table<SettingRecord, string>
  sets!: Table<ArticleSet, string>

  constructor(name = 'themata', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options)
    this.version(1).stores({
      documents: 'id, &contentHash, openedAt',
      contents: 'documentId',
      tags: 'id, order',
      annotations: 'id, documentId, *tagIds',
      settings: 'key'
    })
    // Version 2: the codebook becomes a tree with assignable keys; articles get memos and sets.
    this.version(2)
      .stores({ documents: 'id, &contentHash, openedAt, importedAt, *setIds', sets: 'id, order' })
      .upgrade(async (tx) => {
        const tags = (await tx.table('tags').orderBy('order').toArray()) as Partial<Tag>[]
        await tx.table('tags').bulkPut(tags.map((t, i) => upgradeTag(t, i)))
        await tx.table('documents').toCollection().modify((d: Partial<DocumentRecord>) => {
          d.memo ??= ''
          d.setIds ??= []
        })
      })
    // Version 3: passages by article in reading order, for the passages across the corpus and
    // autocode's look-up of an existing passage at a range. An index only: no record changes.
    this.version(3).stores({ annotations: 'id, documentId, *tagIds, [documentId+start]' })
  }
}
