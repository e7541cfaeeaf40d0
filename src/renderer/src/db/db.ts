/**
 * The IndexedDB schema. Every version ever shipped stays declared here; a change of schema is a
 * new version with an upgrade, never an edit of a shipped one.
 */
import Dexie, { type Table } from 'dexie'
import type { Annotation, Tag } from '@shared/annotation'
import type { ProjectContent, ProjectDocument, ProjectSet, ProjectSetting } from '@shared/project/projectData'

/**
 * What the library lists: small, so 500 of them load at once. The shapes are those of a project as
 * plain records (`@shared/project/projectData`), which backups and the REFI-QDA exchange use too.
 */
export interface DocumentRecord extends ProjectDocument {
  /**
   * Where its passages are: [start, end] pairs sorted (see shared/corpus/passageRanges.ts), kept
   * like passageCount, so autocode finds ranges that already have a passage without asking the
   * passage index once per range. Absent on records stored before it was kept: those get it with
   * their counts, the first time the library lists them.
   */
  passageRanges?: Int32Array
}

/** A named group of articles ("Aug 2025", "Russian-language press"), used as a filter. */
export type ArticleSet = ProjectSet
/** The article itself, kept apart so listing documents never loads their text. */
export type ContentRecord = ProjectContent
export type SettingRecord = ProjectSetting

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
