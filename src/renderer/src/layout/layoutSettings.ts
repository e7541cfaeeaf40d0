/**
 * The window's layout as the user left it: the widths of the side panels (the article's text size
 * is the reader's setting, reading/readingSettings.ts). Per user, not per project: kept in localStorage, which is read before the first paint (a
 * database read would show the default widths first, then jump).
 */

export interface Range {
  min: number
  max: number
  initial: number
}

/** Pixel widths; the article keeps at least the rest of a window at its minimum width. */
export const SIDEBAR_WIDTH: Range = { min: 180, max: 480, initial: 240 }
export const PASSAGES_WIDTH: Range = { min: 260, max: 520, initial: 340 }

export interface LayoutSettings {
  sidebarWidth: number
  passagesWidth: number
}

export const DEFAULT_LAYOUT: LayoutSettings = {
  sidebarWidth: SIDEBAR_WIDTH.initial,
  passagesWidth: PASSAGES_WIDTH.initial
}

export function clamp(value: number, range: Range): number {
  if (!Number.isFinite(value)) return range.initial
  return Math.min(range.max, Math.max(range.min, value))
}

/** The stored settings, each one that is missing, damaged or out of range replaced by its default. */
export function parseLayout(stored: string | null): LayoutSettings {
  let value: unknown
  try {
    value = stored === null ? null : JSON.parse(stored)
  } catch {
    value = null
  }
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
  const read = (key: keyof LayoutSettings, range: Range): number => (typeof record[key] === 'number' ? clamp(record[key], range) : range.initial)
  return {
    sidebarWidth: Math.round(read('sidebarWidth', SIDEBAR_WIDTH)),
    passagesWidth: Math.round(read('passagesWidth', PASSAGES_WIDTH))
  }
}
