/**
 * What a report covers and how it reads: the one input every export format takes, whether the
 * app's worker, the CLI or a test builds it.
 */
import type { Annotation, Tag } from '../annotation'
import type { ImportedDocument } from '../document'
import type { Locale } from '../i18n/locales'

export type ReportDocument = Pick<ImportedDocument, 'title' | 'metadata' | 'blocks' | 'text' | 'fileName'>

export interface ReportArticle {
  document: ReportDocument
  annotations: Annotation[]
}

/** How the passages are grouped: under each theme, under each article by theme, or each article in reading order. */
export type PassageOrder = 'theme' | 'article' | 'position'

export interface ReportOptions {
  /** The chosen themes (their sub-themes come along); null for every theme and passages without one. */
  themeIds: string[] | null
  /** The whole text with its highlights, or the passages alone. */
  fullText: boolean
  /** Characters of the surrounding text shown on each side of a quoted passage; 0 for none. */
  contextChars: number
  notes: boolean
  /** Theme descriptions and memos in the legend. */
  themeDetails: boolean
  summary: boolean
  order: PassageOrder
  /** Coded passages: one row per passage and theme, or one row per passage with its themes joined. */
  rowPerTheme: boolean
}

export const DEFAULT_REPORT_OPTIONS: ReportOptions = {
  themeIds: null,
  fullText: true,
  contextChars: 0,
  notes: true,
  themeDetails: true,
  summary: true,
  order: 'theme',
  rowPerTheme: true
}

/** At most this much context each side: a quote with a page around it is no longer a quote. */
export const MAX_CONTEXT_CHARS = 2000

export interface ReportRequest {
  projectName: string
  /** Who coded the passages: the author of the Word comments. */
  analystName: string
  articles: ReportArticle[]
  /** The whole codebook (a tree through parentId); the options choose among it. */
  tags: Tag[]
  options: ReportOptions
  generatedAt: Date
  /** The language of the report's own words (headings, labels); English unless given. */
  locale?: Locale
}
