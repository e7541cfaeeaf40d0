/**
 * A whole project as plain records, one list per table: what a backup holds, what a REFI-QDA
 * import builds and an export reads. The shapes are those of the app's Dexie tables
 * (src/renderer/src/db/db.ts), declared again here so Node (the CLI) and the exchange code need
 * nothing from the renderer; the renderer's reader and writer check the two agree.
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
  passageCount?: number
  /** Passages per theme id (themes with none left out). */
  themeCounts?: Record<string, number>
  memo: string
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
