/** How rows and articles are named in charts and tables. */
import type { RowLabel } from '@shared/stats/analysis'

/** Each row's name, or its path where two rows share a name (names are unique among siblings only). */
export function rowLabels(rows: readonly RowLabel[]): string[] {
  const counts = new Map<string, number>()
  for (const r of rows) counts.set(r.name, (counts.get(r.name) ?? 0) + 1)
  return rows.map((r) => ((counts.get(r.name) ?? 0) > 1 ? r.path.join(' › ') : r.name))
}

/** At most `max` characters, an ellipsis marking a cut. */
export function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

export function percent(share: number): string {
  return `${(share * 100).toFixed(share > 0 && share < 0.001 ? 2 : 1)}%`
}

/** One formatter for every count: toLocaleString makes a new one at each call, costly over thousands of cells. */
const COUNT = new Intl.NumberFormat('en-US')

export function count(n: number): string {
  return COUNT.format(n)
}
