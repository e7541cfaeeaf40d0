/** The article and the annotation file a CLI command names, read and anchored as the app would. */
import type { ImportedDocument } from '@shared/document'
import { planAnnotationImport, type W3cImportPlan } from '@shared/w3c/importW3c'
import { readAnnotationFile } from '@shared/w3c/readAnnotations'
import { importFile } from '../main/services/importFile'
import { readTextFile } from '../main/services/readTextFile'

export interface AnchoredFile {
  document: ImportedDocument
  plan: W3cImportPlan
  fileName: string
}

/** Imports the article, reads the annotations and places them on it (with a codebook of their own themes). */
export async function anchorFile(articlePath: string, annotationsPath: string): Promise<AnchoredFile> {
  const document = await importFile(articlePath)
  const { fileName, text } = await readTextFile(annotationsPath)
  const file = readAnnotationFile(text, fileName)
  const plan = planAnnotationImport(file, { documentId: 'article', contentHash: document.contentHash, text: document.text, annotations: [] }, { tags: [], now: Date.now() })
  return { document, plan, fileName }
}
