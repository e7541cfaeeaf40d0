import type { ExportArticle } from '@shared/w3c/exportW3c'
import { annotationsOf } from './annotations'
import type { ThemataDb } from './db'
import { loadContent } from './documents'

/**
 * Every article of the project that has passages, with its text and passages, in the order the
 * articles were imported: what a project-wide annotation export writes. Read one article at a
 * time, so a large project never holds more than one text beyond those already gathered.
 */
export async function articlesWithPassages(db: ThemataDb): Promise<ExportArticle[]> {
  const documents = await db.documents.orderBy('importedAt').toArray()
  const articles: ExportArticle[] = []
  for (const d of documents) {
    const annotations = await annotationsOf(db, d.id)
    if (annotations.length === 0) continue
    const content = await loadContent(db, d.id)
    if (content) articles.push({ title: d.title, contentHash: d.contentHash, text: content.text, annotations })
  }
  return articles
}
