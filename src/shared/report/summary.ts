/**
 * Per-theme passage counts and text coverage. Shared by the report and the statistics
 * view, so it depends on nothing but the tags, the annotations and the text length.
 */

import type { Annotation, Tag } from '../annotation'
import { codebookOrder } from '../themeTree'
import type { Locale } from '../i18n/locales'
import { numberFormat } from '../i18n/intl'

export interface TextRange {
  start: number
  end: number
}

export interface Coverage {
  passages: number
  /** Characters covered by the union of the passages' ranges. */
  coveredChars: number
  /** coveredChars / text length, 0–1 (0 for an empty text). */
  share: number
}

export interface ThemeSummary extends Coverage {
  tag: Tag
}

export interface ReportSummary {
  /** One entry per tag in codebook order, including themes without passages. */
  themes: ThemeSummary[]
  /** Annotations without any tag id or with an id missing from the codebook. */
  unknown: Coverage
  /** Every annotation, its coverage being the union over all of them. */
  total: Coverage
}

/** Tags in codebook order: depth-first through the theme tree, siblings by position. */
export function inCodebookOrder(tags: readonly Tag[]): Tag[] {
  return codebookOrder(tags)
}

/** The annotation's offsets clamped into [0, length] with end ≥ start, so bad data cannot break a report. */
export function clampRange(annotation: Pick<Annotation, 'start' | 'end'>, length: number): TextRange {
  const clamp = (n: number, fallback: number): number =>
    Number.isFinite(n) ? Math.min(Math.max(n, 0), length) : fallback
  const start = clamp(annotation.start, 0)
  return { start, end: Math.max(start, clamp(annotation.end, start)) }
}

/** Length of the union of `ranges`: overlapping passages count their shared characters once. */
export function unionLength(ranges: readonly TextRange[]): number {
  const sorted = [...ranges].sort((a, b) => a.start - b.start)
  let total = 0
  let reach = -Infinity
  for (const r of sorted) {
    const from = Math.max(r.start, reach)
    if (r.end > from) total += r.end - from
    reach = Math.max(reach, r.end)
  }
  return total
}

/** True when the annotation belongs under "unknown theme": no tag at all, or one the codebook lacks. */
export function hasUnknownTheme(annotation: Pick<Annotation, 'tagIds'>, known: ReadonlySet<string>): boolean {
  return annotation.tagIds.length === 0 || annotation.tagIds.some((id) => !known.has(id))
}

/** Share as a percentage with one decimal, as the locale writes it: "12.5%", "12,5 %". */
export function formatShare(share: number, locale: Locale = 'en'): string {
  return numberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share)
}

/** Passage counts and union coverage per theme, for unknown themes and for all annotations. */
export function summarizeThemes(
  tags: readonly Tag[],
  annotations: readonly Annotation[],
  textLength: number
): ReportSummary {
  const known = new Set(tags.map((t) => t.id))
  const byTag = new Map<string, TextRange[]>()
  const unknown: TextRange[] = []
  const all: TextRange[] = []
  for (const a of annotations) {
    const range = clampRange(a, textLength)
    all.push(range)
    if (hasUnknownTheme(a, known)) unknown.push(range)
    for (const id of new Set(a.tagIds)) {
      if (!known.has(id)) continue
      const ranges = byTag.get(id)
      if (ranges) ranges.push(range)
      else byTag.set(id, [range])
    }
  }
  const coverage = (ranges: readonly TextRange[]): Coverage => {
    const coveredChars = unionLength(ranges)
    return { passages: ranges.length, coveredChars, share: textLength > 0 ? coveredChars / textLength : 0 }
  }
  return {
    themes: inCodebookOrder(tags).map((tag) => ({ tag, ...coverage(byTag.get(tag.id) ?? []) })),
    unknown: coverage(unknown),
    total: coverage(all)
  }
}
