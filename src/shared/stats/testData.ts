/** Small hand-made corpora for the statistics tests. */
import type { StatsDocument, StatsPassage, StatsTheme } from './types'

export function theme(id: string, parentId: string | null = null, order = 0): StatsTheme {
  return { id, name: id[0]?.toUpperCase() + id.slice(1), parentId, order, color: '#336699' }
}

let next = 0
export function passage(documentId: string, start: number, end: number, ...tagIds: string[]): StatsPassage {
  return { id: `p${++next}`, documentId, start, end, tagIds }
}

export function doc(id: string, textLength: number, extra: Partial<StatsDocument> = {}): StatsDocument {
  return { id, title: id, textLength, ...extra }
}
