/**
 * Any annotation file other tools write → the same plain list: where each annotation points
 * (quote, position), its themes and its notes. Accepts W3C annotations (one, an array, an
 * AnnotationCollection or AnnotationPage, or one per line), Hypothesis API responses
 * (`{total, rows}`) and `{annotations: [...]}` wrappers, and every shape the model allows for a
 * target, a selector and a body. Nothing is dropped here: an annotation that is not about a
 * passage of text says why.
 */
import type { TextSelectors } from '../anchoring/anchor'
import { aboutFile, FileError, reason, type Reason } from '../i18n/words'
import type { MessageKey } from '../i18n/format'
import { splitThemePath } from './themePathText'

export interface ForeignAnnotation {
  /** Its id in the file, or its place in it ("#3") when it has none. */
  id: string
  /** Where it points in a text; null when it is not about a passage of text. */
  selectors: TextSelectors | null
  /** Why it cannot be placed on a text, when `selectors` is null (English, and words for the app). */
  notText?: Reason
  /** The target's source (a URL or URN), when it names one. */
  source?: string
  /** Theme paths, each a list of names from the top. */
  themes: string[][]
  /** Comments and other text bodies, in order. */
  notes: string[]
  created?: number
  modified?: number
}

export type AnnotationFileKind = 'W3C AnnotationCollection' | 'W3C AnnotationPage' | 'W3C annotations' | 'JSON lines' | 'Hypothesis API'

export interface AnnotationFile {
  kind: AnnotationFileKind
  annotations: ForeignAnnotation[]
  /** The total the file declares, when it says (a paginated response may hold fewer). */
  declaredTotal?: number
}

/** An annotation file that cannot be read at all; the message is one sentence for people. */
export class AnnotationFileError extends FileError {
  override readonly name = 'AnnotationFileError'
}

function fileError(fileName: string, key: MessageKey): AnnotationFileError {
  return new AnnotationFileError(fileName, aboutFile(fileName, key))
}

/** Why an annotation is not about a passage of text. */
function notText(key: MessageKey): { notText: Reason } {
  return { notText: reason(key) }
}

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)
const asArray = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value])
const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)
const typesOf = (value: Json): string[] => asArray(value['type'] ?? value['@type']).filter((t): t is string => typeof t === 'string')

/** Reads an annotation file's text; throws AnnotationFileError with one sentence when it is not one. */
export function readAnnotationFile(text: string, fileName: string): AnnotationFile {
  const trimmed = text.replace(/^\ufeff/, '').trim()
  if (trimmed === '') throw fileError(fileName, 'annotationError.empty')
  let data: unknown
  try {
    data = JSON.parse(trimmed)
  } catch {
    const lines = parseLines(trimmed)
    if (!lines) throw fileError(fileName, 'annotationError.notJson')
    return { kind: 'JSON lines', annotations: lines.map(readAnnotation) }
  }
  const found = unwrap(data)
  if (!found) {
    throw fileError(fileName, 'annotationError.noAnnotations')
  }
  return { ...found, annotations: found.items.map(readAnnotation) }
}

/** One JSON object per line (blank lines allowed); null when any line is not one. */
function parseLines(text: string): unknown[] | null {
  const out: unknown[] = []
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue
    try {
      const value: unknown = JSON.parse(line)
      if (!isObject(value)) return null
      out.push(value)
    } catch {
      return null
    }
  }
  return out.length > 0 ? out : null
}

function unwrap(data: unknown): { kind: AnnotationFileKind; items: unknown[]; declaredTotal?: number } | null {
  if (Array.isArray(data)) return { kind: 'W3C annotations', items: data }
  if (!isObject(data)) return null
  const types = typesOf(data)
  const total = typeof data['total'] === 'number' ? data['total'] : undefined
  if (types.includes('AnnotationCollection')) {
    const items: unknown[] = []
    // Pages embedded in the file are followed; a page given only by its URL is not fetched.
    for (let page: unknown = data['first'], hops = 0; isObject(page) && hops < 10_000; page = page['next'], hops++) items.push(...asArray(page['items']))
    return { kind: 'W3C AnnotationCollection', items, declaredTotal: total }
  }
  if (types.includes('AnnotationPage')) return { kind: 'W3C AnnotationPage', items: asArray(data['items']) }
  if (types.includes('Annotation') || 'target' in data) return { kind: 'W3C annotations', items: [data] }
  if (Array.isArray(data['rows'])) return { kind: 'Hypothesis API', items: data['rows'], declaredTotal: total }
  if (Array.isArray(data['annotations'])) return { kind: 'W3C annotations', items: data['annotations'], declaredTotal: total }
  if (Array.isArray(data['items'])) return { kind: 'W3C annotations', items: data['items'], declaredTotal: total }
  return null
}

function time(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined
  const ms = Date.parse(value)
  return Number.isFinite(ms) ? ms : undefined
}

function readAnnotation(raw: unknown, index: number): ForeignAnnotation {
  const id = isObject(raw) && typeof raw['id'] === 'string' && raw['id'] !== '' ? raw['id'] : `#${index + 1}`
  const empty: ForeignAnnotation = { id, selectors: null, themes: [], notes: [] }
  if (!isObject(raw)) return { ...empty, ...notText('annotationReason.notAnObject') }
  const { themes, notes } = readBodies(raw)
  const target = readTargets(raw['target'])
  return {
    id,
    ...target,
    themes,
    notes,
    created: time(raw['created']),
    modified: time(raw['modified'] ?? raw['updated'])
  }
}

// ---- Targets and selectors ------------------------------------------------------------------

interface TargetReading {
  selectors: TextSelectors | null
  notText?: Reason
  source?: string
}

function sourceOf(target: Json): string | undefined {
  const source = target['source']
  if (typeof source === 'string') return source
  if (isObject(source) && typeof source['id'] === 'string') return source['id']
  return undefined
}

/** The first target that points into a text; else why none does. */
function readTargets(value: unknown): TargetReading {
  const targets = asArray(value)
  if (targets.length === 0) return { selectors: null, ...notText('annotationReason.noTarget') }
  let reason: TargetReading | undefined
  for (const target of targets) {
    const reading = readTarget(target)
    if (reading.selectors) return reading
    reason ??= reading
  }
  return reason as TargetReading
}

function readTarget(target: unknown): TargetReading {
  if (typeof target === 'string') return { selectors: null, ...notText('annotationReason.wholeResource'), source: target }
  if (!isObject(target)) return { selectors: null, ...notText('annotationReason.unreadableTarget') }
  const source = sourceOf(target)
  if (typesOf(target).includes('Annotation')) return { selectors: null, ...notText('annotationReason.ofAnnotation'), source }
  const found: TextSelectors = {}
  let media = false
  let relative = false
  const visit = (selector: unknown, nested: boolean): void => {
    for (const s of asArray(selector)) {
      if (!isObject(s)) continue
      const type = typesOf(s)[0]
      if (type === 'TextQuoteSelector' && typeof s['exact'] === 'string') {
        found.quote ??= { exact: s['exact'], prefix: asString(s['prefix']), suffix: asString(s['suffix']) }
      } else if (type === 'TextPositionSelector' && typeof s['start'] === 'number' && typeof s['end'] === 'number') {
        // Inside another selector, a position counts from the start of that part, which we cannot find.
        if (nested) relative = true
        else found.position ??= { start: s['start'], end: s['end'] }
      } else if (type === 'RangeSelector') {
        // W3C's form bounds a range with two selectors; Hypothesis' names XPaths. Either way the quote decides.
        visit(s['startSelector'], true)
      } else if (type === 'FragmentSelector' || type === 'SvgSelector') {
        const value = asString(s['value']) ?? ''
        if (type === 'SvgSelector' || /xywh=|(^|[#&])t=/.test(value)) media = true
      }
      visit(s['refinedBy'], true)
    }
  }
  visit(target['selector'], false)
  if (found.quote || found.position) return { selectors: found, source }
  if (media) return { selectors: null, ...notText('annotationReason.media'), source }
  if (relative) return { selectors: null, ...notText('annotationReason.relativePosition'), source }
  return { selectors: null, ...notText('annotationReason.wholeResource'), source }
}

// ---- Bodies ----------------------------------------------------------------------------------

const THEME_PURPOSES = new Set(['tagging', 'classifying'])
/** Body types other tools use for tags (SWA writes "tag" and "classification"). */
const THEME_TYPES = new Set(['tag', 'classification', 'classifying'])

function readBodies(annotation: Json): { themes: string[][]; notes: string[] } {
  const themes: string[][] = []
  const notes: string[] = []
  const motivation = asArray(annotation['motivation']).find((m): m is string => typeof m === 'string')
  const add = (body: unknown): void => {
    if (typeof body === 'string') {
      if (body.trim() !== '') notes.push(body)
      return
    }
    if (!isObject(body)) return
    const types = typesOf(body)
    if (types.includes('Choice')) {
      // A choice offers alternatives; the first one stands for it.
      add(asArray(body['items'])[0])
      return
    }
    const value = asString(body['value']) ?? asString(body['chars'])
    if (value === undefined) {
      // An external body (a link to a comment, a sound file) is kept as its address.
      const link = asString(body['id']) ?? (isObject(body['source']) ? asString(body['source']['id']) : asString(body['source']))
      if (link) notes.push(link)
      return
    }
    const purposes = asArray(body['purpose'] ?? motivation).filter((p): p is string => typeof p === 'string')
    const isTheme = purposes.some((p) => THEME_PURPOSES.has(p)) || types.some((t) => THEME_TYPES.has(t.toLowerCase()))
    if (isTheme) {
      const path = splitThemePath(value)
      if (path.length > 0) themes.push(path)
    } else if (value !== '') notes.push(value)
  }
  for (const body of asArray(annotation['body'])) add(body)
  // bodyValue is a plain-text body whose purpose is the annotation's motivation.
  if (typeof annotation['bodyValue'] === 'string') add({ value: annotation['bodyValue'] })
  // Hypothesis: the comment is `text`, the tags are `tags`.
  if (typeof annotation['text'] === 'string' && annotation['text'].trim() !== '') notes.push(annotation['text'])
  for (const tag of asArray(annotation['tags'])) {
    if (typeof tag !== 'string') continue
    const path = splitThemePath(tag)
    if (path.length > 0) themes.push(path)
  }
  return { themes, notes }
}

export function isAnnotationFileError(error: unknown): error is AnnotationFileError {
  return error instanceof AnnotationFileError
}
