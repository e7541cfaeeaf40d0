/** The article's text size and column width, as the reader set them (see reading/readingSettings.ts). */
import { clampTextSize, DEFAULT_READING, parseReading, zoomTextSize, type ReadingSettings, type ReadingWidth } from '../reading/readingSettings'

const KEY = 'themata.reading'

export const reading = $state<ReadingSettings>(parseReading(localStorage.getItem(KEY)))

function save(): void {
  localStorage.setItem(KEY, JSON.stringify(reading))
}

export function setTextSize(size: number): void {
  reading.textSize = clampTextSize(size)
  save()
}

/** Larger (+1), smaller (-1) or default (0) article text, from the View menu and Ctrl/Cmd + plus, minus, 0. */
export function zoomArticle(direction: -1 | 0 | 1): void {
  setTextSize(zoomTextSize(reading.textSize, direction))
}

export function setReadingWidth(width: ReadingWidth): void {
  reading.width = width
  save()
}

export function resetReading(): void {
  Object.assign(reading, DEFAULT_READING)
  save()
}
