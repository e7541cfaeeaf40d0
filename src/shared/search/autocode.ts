/**
 * What autocoding would do, before anything is written: which passages to create, which existing
 * ones get the themes, and how many ranges are already tagged with every chosen theme (skipped).
 */
import type { Annotation } from '../annotation'

export interface AutocodeRange {
  documentId: string
  start: number
  end: number
}

export interface AutocodePlan {
  /** New passages, one per distinct range. */
  create: AutocodeRange[]
  /** Existing passages with exactly the range, and the themes they lack. */
  update: { passage: Annotation; addTagIds: string[] }[]
  /** Ranges whose passage already has every chosen theme. */
  skipped: number
  /** Articles that would change. */
  articles: number
}

const keyOf = (r: AutocodeRange): string => `${r.documentId}\u0000${r.start}\u0000${r.end}`

/**
 * Plans autocoding `ranges` with `tagIds`. `existing`: the stored passages that may share a range
 * (any superset is fine: those with another range are ignored). Ranges repeated (two hits in one
 * sentence) count once.
 */
export function planAutocode(ranges: readonly AutocodeRange[], existing: readonly Annotation[], tagIds: readonly string[]): AutocodePlan {
  const twins = new Map<string, Annotation>()
  for (const a of existing) twins.set(keyOf(a), a)
  const seen = new Set<string>()
  const plan: AutocodePlan = { create: [], update: [], skipped: 0, articles: 0 }
  const articles = new Set<string>()
  for (const range of ranges) {
    const key = keyOf(range)
    if (seen.has(key)) continue
    seen.add(key)
    const twin = twins.get(key)
    if (!twin) {
      plan.create.push(range)
      articles.add(range.documentId)
      continue
    }
    const addTagIds = tagIds.filter((t) => !twin.tagIds.includes(t))
    if (addTagIds.length === 0) plan.skipped++
    else {
      plan.update.push({ passage: twin, addTagIds })
      articles.add(range.documentId)
    }
  }
  plan.articles = articles.size
  return plan
}
