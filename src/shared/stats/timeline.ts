/**
 * Passages of each row over the articles' dates, by ISO week (starting Monday) or by month.
 * Periods run without gaps from the first dated article to the last, so a chart's axis is true.
 */
import type { CodedCorpus } from './corpus'
import type { TimelineUnit } from './types'

export interface Timeline {
  unit: TimelineUnit
  /** Each period's first day, YYYY-MM-DD, ascending. */
  periods: string[]
  /** rows × periods. */
  counts: number[][]
  /** Per row, passages in articles without a (valid) date. */
  undated: number[]
}

/** Periods beyond this are not filled in (a stray date decades off would otherwise make thousands). */
const MAX_FILLED_PERIODS = 2000
const DAY = 86_400_000

function parseDate(date: string | undefined): number | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null
  const time = Date.parse(`${date}T00:00:00Z`)
  return Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== date ? null : time
}

const day = (time: number): string => new Date(time).toISOString().slice(0, 10)

/** The first day of the period holding `time` (UTC midnight). */
function periodStart(time: number, unit: TimelineUnit): number {
  const d = new Date(time)
  if (unit === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)
  return time - ((d.getUTCDay() + 6) % 7) * DAY
}

function nextPeriod(time: number, unit: TimelineUnit): number {
  if (unit === 'week') return time + 7 * DAY
  const d = new Date(time)
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)
}

export function timeline(coded: CodedCorpus, unit: TimelineUnit): Timeline {
  const { corpus, rows, rowsOf } = coded
  const starts = corpus.documents.map((d) => {
    const time = parseDate(d.date)
    return time === null ? null : periodStart(time, unit)
  })
  const present = [...new Set(starts.filter((s): s is number => s !== null))].sort((a, b) => a - b)
  let periods = present
  if (present.length > 0) {
    const filled: number[] = []
    for (let t = present[0] as number; t <= (present[present.length - 1] as number) && filled.length <= MAX_FILLED_PERIODS; t = nextPeriod(t, unit)) filled.push(t)
    if (filled.length <= MAX_FILLED_PERIODS) periods = filled
  }
  const column = new Map(periods.map((t, k) => [t, k]))
  const counts = rows.map(() => new Array<number>(periods.length).fill(0))
  const undated = rows.map(() => 0)
  rowsOf.forEach((codes, d) => {
    const start = starts[d]
    const k = start === null || start === undefined ? undefined : column.get(start)
    for (const rs of codes) {
      for (const r of rs) {
        if (k === undefined) undated[r] = (undated[r] as number) + 1
        else (counts[r] as number[])[k] = ((counts[r] as number[])[k] as number) + 1
      }
    }
  })
  return { unit, periods: periods.map(day), counts, undated }
}
