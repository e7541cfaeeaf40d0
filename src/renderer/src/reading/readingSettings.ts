/**
 * How the article reads: its text size and the width of its column. Per user, not per project, and
 * read before the first paint (localStorage), as the colour scheme is.
 */
import type { MessageKey } from '@shared/i18n/format'

export const TEXT_SIZE = { min: 14, max: 28, initial: 17 } as const

/** Column widths, in rem of the interface font (so the column does not grow with the text size), with their names' messages. */
export const READING_WIDTHS = {
  narrow: { label: 'reading.widthNarrow', css: '36rem' },
  standard: { label: 'reading.widthStandard', css: '46rem' },
  wide: { label: 'reading.widthWide', css: '62rem' },
  full: { label: 'reading.widthFull', css: 'none' }
} as const satisfies Record<string, { label: MessageKey; css: string }>

/** View › Zoom in and out: the text size two pixels larger (+1) or smaller (-1), or back to its default (0). */
export function zoomTextSize(current: number, direction: -1 | 0 | 1): number {
  return direction === 0 ? TEXT_SIZE.initial : clampTextSize(current + 2 * direction)
}

export type ReadingWidth = keyof typeof READING_WIDTHS

export interface ReadingSettings {
  /** The article's text size in CSS pixels. */
  textSize: number
  width: ReadingWidth
}

export const DEFAULT_READING: ReadingSettings = { textSize: TEXT_SIZE.initial, width: 'standard' }

export function clampTextSize(size: number): number {
  return Number.isFinite(size) ? Math.round(Math.min(TEXT_SIZE.max, Math.max(TEXT_SIZE.min, size))) : TEXT_SIZE.initial
}

/** The stored settings; each one missing, damaged or out of range is its default. */
export function parseReading(stored: string | null): ReadingSettings {
  let value: unknown
  try {
    value = stored === null ? null : JSON.parse(stored)
  } catch {
    value = null
  }
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
  const width = record['width']
  return {
    textSize: typeof record['textSize'] === 'number' ? clampTextSize(record['textSize']) : DEFAULT_READING.textSize,
    width: typeof width === 'string' && width in READING_WIDTHS ? (width as ReadingWidth) : DEFAULT_READING.width
  }
}
