/**
 * The rows of every table and chart: one per theme, or, with sub-themes rolled up, one per theme
 * that has no chosen ancestor, standing for itself and all its sub-themes.
 */
import { codebookOrder, descendantIds, themePath } from '../themeTree'
import type { StatsTheme } from './types'

export interface ThemeRow {
  /** The theme's id. */
  id: string
  name: string
  /** Names from the top of the codebook down to this theme. */
  path: string[]
  color: string
  /** The theme ids whose passages count for this row (itself, plus its sub-themes when rolled up). */
  members: readonly string[]
}

export interface ThemeRowOptions {
  /** The themes to show; null or absent for all of them. */
  chosen?: readonly string[] | null
  /** Count sub-themes' passages in their parent's row (and show no row for them). */
  rollUp: boolean
}

export function themeRows(themes: readonly StatsTheme[], options: ThemeRowOptions): ThemeRow[] {
  const ordered = codebookOrder(themes)
  const chosen = options.chosen ? new Set(options.chosen) : null
  const isChosen = (id: string): boolean => !chosen || chosen.has(id)
  const byId = new Map(themes.map((t) => [t.id, t]))
  const hasChosenAncestor = (theme: StatsTheme): boolean => {
    const seen = new Set<string>([theme.id])
    for (let p = theme.parentId; p !== null && !seen.has(p); p = byId.get(p)?.parentId ?? null) {
      seen.add(p)
      if (byId.has(p) && isChosen(p)) return true
    }
    return false
  }
  return ordered
    .filter((t) => isChosen(t.id) && !(options.rollUp && hasChosenAncestor(t)))
    .map((t) => ({
      id: t.id,
      name: t.name,
      path: themePath(themes, t.id),
      color: t.color,
      members: options.rollUp ? [t.id, ...descendantIds(themes, t.id)] : [t.id]
    }))
}

/** For each theme id, the indexes of the rows it counts in. */
export function rowsByTheme(rows: readonly ThemeRow[]): Map<string, number[]> {
  const map = new Map<string, number[]>()
  rows.forEach((row, i) => {
    for (const id of row.members) {
      const list = map.get(id)
      if (list) list.push(i)
      else map.set(id, [i])
    }
  })
  return map
}
