import defaultCodebook from '../../resources/default-codebook.json' with { type: 'json' }
import type { Tag } from './annotation'

/**
 * Colours chosen to stay distinct from each other and readable as a translucent
 * background and a solid underline on both the light and the dark theme.
 */
export const THEME_PALETTE = [
  '#d97706',
  '#7c3aed',
  '#0d9488',
  '#db2777',
  '#2563eb',
  '#65a30d',
  '#dc2626',
  '#0891b2',
  '#a16207',
  '#9333ea'
] as const

/** The codebook a new project starts with (editable afterwards): top-level themes on keys 1, 2, 3… */
export const DEFAULT_CODEBOOK: readonly Omit<Tag, 'id'>[] = defaultCodebook.map((t, i) => ({
  ...t,
  memo: '',
  parentId: null,
  shortcut: i < 9 ? i + 1 : null
}))

/** The lowest key 1–9 no theme uses yet, or null when all nine are taken. */
export function freeShortcut(existing: readonly Pick<Tag, 'shortcut'>[]): number | null {
  const taken = new Set(existing.map((t) => t.shortcut))
  for (let key = 1; key <= 9; key++) if (!taken.has(key)) return key
  return null
}

/** The palette colour least used by `existing`, so a new theme stands apart from the others. */
export function nextThemeColor(existing: readonly Pick<Tag, 'color'>[]): string {
  const uses = new Map<string, number>(THEME_PALETTE.map((c) => [c, 0]))
  for (const t of existing) {
    const key = t.color.toLowerCase()
    if (uses.has(key)) uses.set(key, (uses.get(key) as number) + 1)
  }
  let best: string = THEME_PALETTE[0]
  for (const c of THEME_PALETTE) if ((uses.get(c) as number) < (uses.get(best) as number)) best = c
  return best
}
