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
    // One index read per article: `anyOf` over the batch walks a cursor, a round trip per passage
    // (twice as slow for a 100,000-passage project; docs/PERFORMANCE.md).
    const [records, contents, passages] = await db.transaction('r', db.documents, db.contents, db.annotations, () =>
      Promise.all([db.documents.bulkGet(ids), db.contents.bulkGet(ids), Promise.all(ids.map((id) => db.annotations.where('documentId').equals(id).toArray()))])
    )
    ids.forEach((_, i) => {
      const record = records[i]
      const content = contents[i]
      // An article removed since the dialog listed it is left out rather than failing the export.
      if (!record || !content) return
      articles.push({
        document: { title: record.title, metadata: record.metadata, blocks: content.blocks, text: content.text, fileName: record.fileName },
        annotations: passages[i] ?? []
      })
    })
    onProgress(Math.min(documentIds.length, from + BATCH), documentIds.length)
  }
  return { articles, tags }
}
