import defaultCodebooks from '../../resources/default-codebook.json' with { type: 'json' }
import type { Tag } from './annotation'
import type { Locale } from './i18n/locales'

/**
 * The theme colours, each with a name for people who cannot see it. They keep about 3:1 contrast
 * (WCAG's measure for marks that are not text) against the page and panel backgrounds of both the
 * light and the dark theme, so underlines and swatches read in either, and they lie far apart in
 * CIEDE2000 (at least 12), so two dozen themes still look different. The first three are the default
 * codebook's; after them each colour is the one farthest from all before it, so a small codebook gets
 * the most distinct ones. Beyond two dozen, colours repeat (least used first) or are chosen freely.
 */
export const THEME_COLOURS = [
  { hex: '#d97706', name: 'Amber' },
  { hex: '#7c3aed', name: 'Violet' },
  { hex: '#0d9488', name: 'Teal' },
  { hex: '#f04870', name: 'Rose' },
  { hex: '#1890f0', name: 'Sky' },
  { hex: '#889000', name: 'Olive' },
  { hex: '#a080b8', name: 'Lavender' },
  { hex: '#008028', name: 'Green' },
  { hex: '#c04020', name: 'Rust' },
  { hex: '#886830', name: 'Bronze' },
  { hex: '#c03098', name: 'Magenta' },
  { hex: '#4868c0', name: 'Indigo' },
  { hex: '#b87868', name: 'Clay' },
  { hex: '#0080a0', name: 'Petrol' },
  { hex: '#a05868', name: 'Mauve' },
  { hex: '#709860', name: 'Sage' },
  { hex: '#8080f8', name: 'Periwinkle' },
  { hex: '#b08800', name: 'Mustard' },
  { hex: '#7860a0', name: 'Plum' },
  { hex: '#d068a0', name: 'Pink' },
  { hex: '#707840', name: 'Moss' },
  { hex: '#a85808', name: 'Copper' },
  { hex: '#f05848', name: 'Coral' },
  { hex: '#d02840', name: 'Crimson' }
] as const

export const THEME_PALETTE: readonly string[] = THEME_COLOURS.map((c) => c.hex)

/** A theme colour is stored as #rrggbb. */
export function isThemeColor(color: string): boolean {
  return /^#[0-9a-f]{6}$/i.test(color)
}

/** The palette name of a colour, or its hex code for a custom one. */
export function colourName(color: string): string {
  return THEME_COLOURS.find((c) => c.hex === color.toLowerCase())?.name ?? color.toLowerCase()
}

/**
 * The codebook a new project starts with, in the language the app speaks when it is made (editable
 * afterwards; an existing project keeps its themes whatever the language): top-level themes on keys 1, 2, 3…
 */
export function defaultCodebook(locale: Locale = 'en'): readonly Omit<Tag, 'id'>[] {
  return defaultCodebooks[locale].map((t, i) => ({ ...t, memo: '', parentId: null, shortcut: i < 9 ? i + 1 : null }))
}

export const DEFAULT_CODEBOOK = defaultCodebook('en')

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
  let best = THEME_PALETTE[0] as string
  for (const c of THEME_PALETTE) if ((uses.get(c) as number) < (uses.get(best) as number)) best = c
  return best
}
