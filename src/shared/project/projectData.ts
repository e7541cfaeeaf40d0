/**
 * A whole project as plain records, one list per table: what a backup holds, what a REFI-QDA
 * import builds and an export reads. The app's Dexie tables (src/renderer/src/db/db.ts) store
 * these shapes; they are declared here so Node (the CLI) and the exchange code need nothing from the
 * renderer.
 */
import type { Annotation, Tag } from '../annotation'
import type { Block, DocumentMetadata, SourceFormat } from '../document'

export interface ProjectDocument {
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

export interface ProjectContent {
  documentId: string
  blocks: Block[]
  text: string
}

export interface ProjectSet {
  id: string
  name: string
  order: number
}

export interface ProjectSetting {
  key: string
  value: unknown
}

export interface ProjectData {
  name: string
  documents: ProjectDocument[]
  contents: ProjectContent[]
  tags: Tag[]
  annotations: Annotation[]
  sets: ProjectSet[]
  settings: ProjectSetting[]
}

/** Passages per theme id among `passages`, as a document record keeps them. */
export function themeCountsOf(passages: readonly Pick<Annotation, 'tagIds'>[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const a of passages) for (const tagId of a.tagIds) counts[tagId] = (counts[tagId] ?? 0) + 1
  return counts
}

/** The tables of a project, in the order a backup lists them. */
export const PROJECT_TABLES = ['documents', 'contents', 'tags', 'annotations', 'sets', 'settings'] as const
export type ProjectTable = (typeof PROJECT_TABLES)[number]

/** The setting that tells the app the codebook was set up (so it adds no default themes on top). */
export const CODEBOOK_SEEDED_KEY = 'codebookSeeded'

/** Only the chosen articles, with their contents and passages; the codebook and sets stay whole. */
export function withArticles(project: ProjectData, documentIds: ReadonlySet<string> | null): ProjectData {
  if (documentIds === null) return project
  return {
    ...project,
    documents: project.documents.filter((d) => documentIds.has(d.id)),
    contents: project.contents.filter((c) => documentIds.has(c.documentId)),
    annotations: project.annotations.filter((a) => documentIds.has(a.documentId))
  }
}
