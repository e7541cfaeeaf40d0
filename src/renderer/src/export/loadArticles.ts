/**
 * Reads what a report covers from the project's database: the chosen articles with their text and
 * passages, in the order given, and the codebook. Runs in the export worker, off the UI thread.
 */
import type { Tag } from '@shared/annotation'
import type { ReportArticle } from '@shared/report/request'
import type { ThemataDb } from '../db/db'

/** Articles read per step, between progress reports. */
const BATCH = 25

export interface LoadedProject {
  articles: ReportArticle[]
  tags: Tag[]
}

export async function loadArticles(db: ThemataDb, documentIds: readonly string[], onProgress: (done: number, total: number) => void = () => undefined): Promise<LoadedProject> {
  const tags = await db.tags.toArray()
  const articles: ReportArticle[] = []
  for (let from = 0; from < documentIds.length; from += BATCH) {
    const ids = documentIds.slice(from, from + BATCH)
    const [records, contents, annotations] = await db.transaction('r', db.documents, db.contents, db.annotations, () =>
      Promise.all([db.documents.bulkGet(ids), db.contents.bulkGet(ids), db.annotations.where('documentId').anyOf(ids).toArray()])
    )
    const byDocument = new Map<string, typeof annotations>()
    for (const a of annotations) {
      const list = byDocument.get(a.documentId)
      if (list) list.push(a)
      else byDocument.set(a.documentId, [a])
    }
    ids.forEach((id, i) => {
      const record = records[i]
      const content = contents[i]
      // An article removed since the dialog listed it is left out rather than failing the export.
      if (!record || !content) return
      articles.push({
        document: { title: record.title, metadata: record.metadata, blocks: content.blocks, text: content.text, fileName: record.fileName },
        annotations: byDocument.get(id) ?? []
      })
    })
    onProgress(Math.min(documentIds.length, from + BATCH), documentIds.length)
  }
  return { articles, tags }
}
