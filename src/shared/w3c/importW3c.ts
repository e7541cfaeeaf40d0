/**
 * Annotations read from a file → passages and themes for one article, and a report of what
 * happened to each: placed (by position, by quote, or approximately), orphaned (its text is not
 * in the article: listed with its quote), or skipped (not about a passage of text, or about
 * another article). Pure: the caller stores the result as one undoable change.
 */
import { quoteAt, trimRange, type Annotation, type Tag } from '../annotation'
import { TextAnchorer, type AnchorMethod, type PositionUnit } from '../anchoring/anchor'
import { SOURCE_URN_PREFIX } from './model'
import type { AnnotationFile, AnnotationFileKind, ForeignAnnotation } from './readAnnotations'
import { ThemeResolver } from './themeResolver'
import { reason, type Reason } from '../i18n/words'

export interface ImportArticle {
  documentId: string
  /** Hex SHA-256 of the article's file: annotations naming another of our articles are left out. */
  contentHash: string
  text: string
  /** Its passages now: an annotation on the same range adds to one of them instead of doubling it. */
  annotations: readonly Annotation[]
}

export interface ImportOptions {
  /** The project's codebook. */
  tags: readonly Tag[]
  /** When the import happens (creation time of annotations that give none). */
  now: number
  newId?: () => string
}

export interface PlacedAnnotation {
  /** Its id in the file. */
  id: string
  start: number
  end: number
  exact: string
  method: AnchorMethod
  unit?: PositionUnit
  /** Placed by a position alone: the file gave no quote to check it against. */
  unchecked?: boolean
  /** For approximate placement: how many characters differ. */
  errors?: number
  /** It fell on the very range of an existing passage, which took its themes and note. */
  merged: boolean
}

export interface OrphanedAnnotation extends Reason {
  id: string
  /** What it quotes (empty when it has only a position). */
  quote: string
}

export interface SkippedAnnotation extends Reason {
  id: string
}

export interface W3cImportReport {
  kind: AnnotationFileKind
  /** Annotations in the file. */
  total: number
  /** The total the file declares, when it says and differs (a paginated response). */
  declaredTotal?: number
  placed: PlacedAnnotation[]
  orphaned: OrphanedAnnotation[]
  skipped: SkippedAnnotation[]
  /** Paths of the themes created. */
  newThemes: string[]
}

/** One record before and after, as the app's change sets hold them. */
export interface AnnotationChange {
  before: Annotation | null
  after: Annotation
}

export interface W3cImportPlan {
  /** Themes to create (parents before children). */
  tags: Tag[]
  annotations: AnnotationChange[]
  report: W3cImportReport
}

/** Why an annotation whose selectors were read could not be placed. */
function orphanReason(a: ForeignAnnotation): Reason {
  if (a.selectors?.quote && a.selectors.quote.exact.trim() !== '') return reason('annotationReason.quoteNotFound')
  if (a.selectors?.quote) return reason('annotationReason.emptyQuote')
  return reason('annotationReason.positionOutside')
}

/** Why an annotation is not about a passage of text: what the reader found, or that it found none. */
function notTextReason(a: ForeignAnnotation): Reason {
  return a.notText ?? reason('annotationReason.notText')
}

export function planAnnotationImport(file: AnnotationFile, article: ImportArticle, options: ImportOptions): W3cImportPlan {
  const newId = options.newId ?? (() => crypto.randomUUID())
  const themes = new ThemeResolver(options.tags, newId)
  const anchorer = new TextAnchorer(article.text)
  const ownSource = `${SOURCE_URN_PREFIX}${article.contentHash}`
  const namesThisArticle = file.annotations.some((a) => a.source === ownSource)
  const report: W3cImportReport = { kind: file.kind, total: file.annotations.length, placed: [], orphaned: [], skipped: [], newThemes: [] }
  if (file.declaredTotal !== undefined && file.declaredTotal !== file.annotations.length) report.declaredTotal = file.declaredTotal

  /** Passages by range: the article's own and those this import creates. */
  const byRange = new Map<string, AnnotationChange>()
  for (const a of article.annotations) byRange.set(`${a.start}:${a.end}`, { before: a, after: a })
  const touched = new Set<AnnotationChange>()

  for (const a of file.annotations) {
    if (!a.selectors) {
      report.skipped.push({ id: a.id, ...notTextReason(a) })
      continue
    }
    if (namesThisArticle && a.source !== undefined && a.source !== ownSource && a.source.startsWith(SOURCE_URN_PREFIX)) {
      report.skipped.push({ id: a.id, ...reason('annotationReason.otherArticle', { source: a.source }) })
      continue
    }
    const anchor = anchorer.anchor(a.selectors)
    // Found by quote, a range may reach over whitespace the quote had at its edges; passages never do.
    const range = anchor && (anchor.method === 'position' ? anchor : trimRange(article.text, anchor.start, anchor.end))
    if (!anchor || !range || range.end <= range.start) {
      report.orphaned.push({ id: a.id, quote: a.selectors.quote?.exact ?? '', ...orphanReason(a) })
      continue
    }
    const tagIds = [...new Set(a.themes.map((path) => themes.resolve(path)))]
    const note = a.notes.join('\n\n')
    const key = `${range.start}:${range.end}`
    const twin = byRange.get(key)
    if (twin) {
      const after = twin.after
      const mergedNote = note === '' || after.note.includes(note) ? after.note : after.note === '' ? note : `${after.note}\n\n${note}`
      const mergedTags = [...new Set([...after.tagIds, ...tagIds])]
      if (mergedNote !== after.note || mergedTags.length !== after.tagIds.length) {
        twin.after = { ...after, tagIds: mergedTags, note: mergedNote, updatedAt: twin.before ? options.now : after.updatedAt }
        touched.add(twin)
      }
    } else {
      const createdAt = a.created ?? options.now
      const change: AnnotationChange = {
        before: null,
        after: {
          id: newId(),
          documentId: article.documentId,
          start: range.start,
          end: range.end,
          ...quoteAt(article.text, range.start, range.end),
          tagIds,
          note,
          createdAt,
          updatedAt: a.modified ?? createdAt
        }
      }
      byRange.set(key, change)
      touched.add(change)
    }
    report.placed.push({
      id: a.id,
      start: range.start,
      end: range.end,
      exact: article.text.slice(range.start, range.end),
      method: anchor.method,
      ...(anchor.unit ? { unit: anchor.unit } : {}),
      ...(anchor.unchecked ? { unchecked: true } : {}),
      ...(anchor.errors !== undefined ? { errors: anchor.errors } : {}),
      merged: twin !== undefined
    })
  }
  report.newThemes = themes.createdPaths()
  return { tags: themes.created, annotations: [...touched], report }
}
