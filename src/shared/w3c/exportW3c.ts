/**
 * Passages → W3C Web Annotations: one Annotation per passage, its themes as `tagging` bodies
 * (the theme's path), its note as a `commenting` body, the article as the target's source (the
 * SHA-256 of its file as a URN, and its title), and selectors any tool can anchor with.
 */
import type { Annotation, Tag } from '../annotation'
import { CodePointMap } from '../anchoring/codePoints'
import { describeRange } from '../anchoring/describe'
import { themePath } from '../themeTree'
import { ANNO_CONTEXT, SOURCE_URN_PREFIX, type W3cAgent, type W3cAnnotation, type W3cCollection, type W3cTextualBody } from './model'
import { joinThemePath } from './themePathText'

export interface ExportArticle {
  title: string
  /** Hex SHA-256 of the article's file. */
  contentHash: string
  /** The canonical text the passages' offsets index. */
  text: string
  annotations: readonly Annotation[]
}

export interface W3cExportInput {
  articles: readonly ExportArticle[]
  tags: readonly Tag[]
  /** The analyst, named as the annotations' creator. */
  creator: string
  generatedAt: Date
  /** The collection's id (a URI); a fresh urn:uuid when not given. */
  collectionId?: string
}

export const GENERATOR: W3cAgent = { type: 'Software', name: 'Themata' }

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** A URI for a passage id: urn:uuid for the app's own UUIDs, a Themata URN for anything else. */
export function annotationUri(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `urn:themata:passage:${encodeURIComponent(id)}`
}

function bodies(annotation: Annotation, tags: readonly Tag[], known: ReadonlySet<string>): W3cTextualBody[] {
  const out: W3cTextualBody[] = []
  for (const tagId of annotation.tagIds) {
    if (known.has(tagId)) out.push({ type: 'TextualBody', purpose: 'tagging', value: joinThemePath(themePath(tags, tagId)), format: 'text/plain' })
  }
  if (annotation.note !== '') out.push({ type: 'TextualBody', purpose: 'commenting', value: annotation.note, format: 'text/plain' })
  return out
}

/** Every passage of every article as a W3C Annotation, articles in the order given, passages in reading order. */
export function toW3cAnnotations(input: W3cExportInput): W3cAnnotation[] {
  const known = new Set(input.tags.map((t) => t.id))
  const creator: W3cAgent = { type: 'Person', name: input.creator }
  const out: W3cAnnotation[] = []
  for (const article of input.articles) {
    const map = new CodePointMap(article.text)
    const source = { id: `${SOURCE_URN_PREFIX}${article.contentHash}`, type: 'Text' as const, label: article.title }
    const ordered = [...article.annotations].sort((a, b) => a.start - b.start || a.end - b.end)
    for (const a of ordered) {
      const body = bodies(a, input.tags, known)
      const themed = body.some((b) => b.purpose === 'tagging')
      out.push({
        '@context': ANNO_CONTEXT,
        id: annotationUri(a.id),
        type: 'Annotation',
        motivation: themed ? 'tagging' : a.note !== '' ? 'commenting' : 'highlighting',
        created: new Date(a.createdAt).toISOString(),
        modified: new Date(a.updatedAt).toISOString(),
        creator,
        generator: GENERATOR,
        ...(body.length > 0 ? { body } : {}),
        target: { type: 'SpecificResource', source, selector: describeRange(map, a.start, a.end) }
      })
    }
  }
  return out
}

/** An AnnotationCollection holding every annotation on one page. */
export function toAnnotationCollection(input: W3cExportInput): W3cCollection {
  const items = toW3cAnnotations(input)
  const only = input.articles.length === 1 ? input.articles[0] : undefined
  return {
    '@context': ANNO_CONTEXT,
    id: input.collectionId ?? `urn:uuid:${crypto.randomUUID()}`,
    type: 'AnnotationCollection',
    label: only ? `Passages of “${only.title}”` : `Passages of ${input.articles.length} articles`,
    total: items.length,
    created: input.generatedAt.toISOString(),
    generator: GENERATOR,
    ...(items.length > 0 ? { first: { type: 'AnnotationPage' as const, startIndex: 0 as const, items } } : {})
  }
}

/** The collection as a file: JSON, two-space indented, ending in a newline. */
export function collectionJson(input: W3cExportInput): string {
  return `${JSON.stringify(toAnnotationCollection(input), null, 2)}\n`
}

/** One annotation per line (JSON Lines), each complete with its @context. */
export function annotationLines(input: W3cExportInput): string {
  return toW3cAnnotations(input)
    .map((a) => `${JSON.stringify(a)}\n`)
    .join('')
}
