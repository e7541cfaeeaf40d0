/** How rows, counts and shares are written in charts and tables, in the app's language. */
import type { RowLabel } from '@shared/stats/analysis'
import { formatNumber, formatPercent } from '../i18n/i18n.svelte'

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

/** A share of the text, with a second decimal where one would show nothing ("0.04%"). */
export function percent(share: number): string {
  return formatPercent(share, share > 0 && share < 0.001 ? 2 : 1)
}

/** A count; the formatter is made once per language (toLocaleString makes one at each call, costly over thousands of cells). */
export function count(n: number): string {
  return formatNumber(n)
}
