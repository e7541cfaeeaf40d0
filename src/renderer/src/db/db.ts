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
   * How many passages it has, kept current by applyAnnotationChanges so the library never counts
   * 100,000 passages to list 500 articles. Absent on records stored before it was kept: those are
   * counted once, the first time the library lists them (see passageCounts).
   */
  passageCount?: number
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

export class ThemataDb extends Dexie {
  documents!: Table<DocumentRecord, string>
  contents!: Table<ContentRecord, string>
  tags!: Table<Tag, string>
  annotations!: Table<Annotation, string>
  settings!: Table<SettingRecord, string>

  constructor(name = 'themata', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options)
    this.version(1).stores({
      documents: 'id, &contentHash, openedAt',
      contents: 'documentId',
      tags: 'id, order',
      annotations: 'id, documentId, *tagIds',
      settings: 'key'
    })
  }
}
