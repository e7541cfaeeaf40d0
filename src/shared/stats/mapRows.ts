import { stripeThemes, type StripePassage } from './stripes'

export interface MapRows {
  /** Per lane, the theme (an index into `themes`) of each pixel row, -1 where none. */
  lanes: Int32Array[]
  themes: string[]
}

/**
 * The document map as pixel rows: a passage covers the rows from its start to its end (at least
 * `minRows`), in its themes' lanes (`lanes`; empty: one lane for every theme), and where passages
 * meet the last one wins, as if each were drawn over the ones before. The map is then drawn as runs
 * of equal rows: a few hundred rectangles for 10,000 passages.
 */
export function mapRows(passages: Iterable<Pick<StripePassage, 'start' | 'end' | 'tagIds'>>, textLength: number, height: number, minRows: number, lanes: readonly string[]): MapRows {
  const rows = Array.from({ length: Math.max(1, lanes.length) }, () => new Int32Array(height).fill(-1))
  const themes: string[] = []
  const indexOf = new Map<string, number>()
  const laneOf = new Map(lanes.map((theme, i) => [theme, i]))
  if (textLength <= 0 || height <= 0) return { lanes: rows, themes }
  for (const p of passages) {
    const top = Math.max(0, Math.floor((p.start / textLength) * height))
    const bottom = Math.min(height, Math.max(top + minRows, Math.ceil((p.end / textLength) * height)))
    for (const theme of stripeThemes(p)) {
      const lane = lanes.length > 0 ? laneOf.get(theme) : 0
      if (lane === undefined) continue
      let index = indexOf.get(theme)
      if (index === undefined) {
        index = themes.push(theme) - 1
        indexOf.set(theme, index)
      }
      ;(rows[lane] as Int32Array).fill(index, top, bottom)
    }
  }
  return { lanes: rows, themes }
}

/** Runs of equal rows of one lane: [first row, row count, theme index], rows without a theme left out. */
export function* rowRuns(lane: Int32Array): Generator<[number, number, number]> {
  let start = 0
  for (let row = 1; row <= lane.length; row++) {
    if (row < lane.length && lane[row] === lane[start]) continue
    const theme = lane[start] as number
    if (theme >= 0) yield [start, row - start, theme]
    start = row
  }
}
