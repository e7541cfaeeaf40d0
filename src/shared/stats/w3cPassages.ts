/**
 * A minimal reading of W3C Web Annotations for the headless statistics: each annotation placed on
 * the article by its TextPositionSelector when the text there is its quote (or it has no quote),
 * else by the first exact occurrence of its TextQuoteSelector (the one whose prefix and suffix
 * match best). Themes are the `tagging` bodies (a path "Parent/Child", "\" escaping a slash) or a
 * Hypothesis annotation's `tags`. No fuzzy matching and no code-point positions: the full W3C
 * import (src/shared/w3c/) does that for the app.
 */
import { normalizeThemeName } from '../themeTree'
import type { StatsPassage, StatsTheme } from './types'

export interface W3cReading {
  passages: StatsPassage[]
  themes: StatsTheme[]
  /** Annotations read in all, those whose text is not in the article, and those not about a passage of text. */
  total: number
  orphaned: number
  skipped: number
}

type Json = Record<string, unknown>

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v])

/** The annotations in a file: one, a list, a collection or page of them, or a Hypothesis search response. */
function annotationsIn(json: unknown): Json[] {
  if (Array.isArray(json)) return json.filter(isObject)
  if (!isObject(json)) return []
  if (Array.isArray(json['rows'])) return json['rows'].filter(isObject)
  if (Array.isArray(json['items'])) return json['items'].filter(isObject)
  const first = json['first']
  if (isObject(first) && Array.isArray(first['items'])) return first['items'].filter(isObject)
  if (Array.isArray(first)) return first.filter(isObject)
  return json['target'] !== undefined ? [json] : []
}

/** Names along a theme path "A/B", with "\" escaping the next character. */
export function splitPath(path: string): string[] {
  const names: string[] = []
  let current = ''
  for (let i = 0; i < path.length; i++) {
    const c = path[i] as string
    if (c === '\\' && i + 1 < path.length) current += path[++i]
    else if (c === '/') {
      names.push(current)
      current = ''
    } else current += c
  }
  names.push(current)
  return names.map(normalizeThemeName).filter((n) => n.length > 0)
}

function themePaths(annotation: Json): string[][] {
  const paths: string[][] = []
  for (const body of list(annotation['body'])) {
    if (isObject(body) && (body['purpose'] === 'tagging' || annotation['motivation'] === 'tagging') && typeof body['value'] === 'string') paths.push(splitPath(body['value']))
  }
  for (const tag of list(annotation['tags'])) if (typeof tag === 'string') paths.push(splitPath(tag))
  return paths.filter((p) => p.length > 0)
}

interface Selectors {
  start?: number
  end?: number
  exact?: string
  prefix: string
  suffix: string
}

function selectorsOf(annotation: Json): Selectors | null {
  const found: Selectors = { prefix: '', suffix: '' }
  let any = false
  for (const target of list(annotation['target'])) {
    if (!isObject(target)) continue
    for (const selector of list(target['selector'])) {
      if (!isObject(selector)) continue
      if (selector['type'] === 'TextPositionSelector' && typeof selector['start'] === 'number' && typeof selector['end'] === 'number') {
        found.start = selector['start']
        found.end = selector['end']
        any = true
      } else if (selector['type'] === 'TextQuoteSelector' && typeof selector['exact'] === 'string') {
        found.exact = selector['exact']
        found.prefix = typeof selector['prefix'] === 'string' ? selector['prefix'] : ''
        found.suffix = typeof selector['suffix'] === 'string' ? selector['suffix'] : ''
        any = true
      }
    }
  }
  return any ? found : null
}

/** Characters the context around `at` shares with the selector's prefix and suffix. */
function contextScore(text: string, at: number, s: Selectors & { exact: string }): number {
  let score = 0
  for (let k = 1; k <= s.prefix.length && text[at - k] === s.prefix[s.prefix.length - k]; k++) score++
  const after = at + s.exact.length
  for (let k = 0; k < s.suffix.length && text[after + k] === s.suffix[k]; k++) score++
  return score
}

function place(text: string, s: Selectors): { start: number; end: number } | null {
  const { start, end, exact } = s
  if (start !== undefined && end !== undefined && start >= 0 && end <= text.length && start < end && (exact === undefined || text.slice(start, end) === exact)) return { start, end }
  if (!exact) return null
  let best = -1
  let bestScore = -1
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    const score = contextScore(text, at, { ...s, exact })
    if (score > bestScore) {
      best = at
      bestScore = score
    }
  }
  return best < 0 ? null : { start: best, end: best + exact.length }
}

export function readW3cPassages(json: unknown, text: string, documentId: string): W3cReading {
  const annotations = annotationsIn(json)
  const themes = new Map<string, StatsTheme>()
  const themeId = (path: readonly string[]): string => {
    let parentId: string | null = null
    let id = ''
    path.forEach((name, depth) => {
      id = path.slice(0, depth + 1).join('\u0000')
      if (!themes.has(id)) themes.set(id, { id, name, parentId, order: themes.size, color: '#6b7280' })
      parentId = id
    })
    return id
  }
  const passages: StatsPassage[] = []
  let orphaned = 0
  let skipped = 0
  annotations.forEach((annotation, i) => {
    const selectors = selectorsOf(annotation)
    if (!selectors) {
      skipped++
      return
    }
    const at = place(text, selectors)
    if (!at) {
      orphaned++
      return
    }
    const id = typeof annotation['id'] === 'string' ? annotation['id'] : `annotation-${i + 1}`
    passages.push({ id, documentId, ...at, tagIds: [...new Set(themePaths(annotation).map(themeId))] })
  })
  return { passages, themes: [...themes.values()], total: annotations.length, orphaned, skipped }
}
