/**
 * A shortened request for the dialog's live preview: the first few articles, each cut after its
 * first paragraphs with the passages that start there, so the preview stays quick for a whole project.
 */
import { blocksToText } from '../document'
import type { ReportArticle, ReportRequest } from './request'

export interface PreviewLimits {
  articles: number
  blocks: number
}

export const PREVIEW_LIMITS: PreviewLimits = { articles: 3, blocks: 60 }

export interface Preview {
  request: ReportRequest
  /** Whether anything was left out, so the dialog can say the preview is shortened. */
  shortened: boolean
}

export function previewRequest(request: ReportRequest, limits: PreviewLimits = PREVIEW_LIMITS): Preview {
  let shortened = request.articles.length > limits.articles
  const articles = request.articles.slice(0, limits.articles).map((article): ReportArticle => {
    const { blocks } = article.document
    if (blocks.length <= limits.blocks) return article
    shortened = true
    const kept = blocks.slice(0, limits.blocks)
    const text = blocksToText(kept)
    return {
      document: { ...article.document, blocks: kept, text },
      annotations: article.annotations.filter((a) => a.start < text.length).map((a) => (a.end > text.length ? { ...a, end: text.length } : a))
    }
  })
  return { request: { ...request, articles }, shortened }
}
