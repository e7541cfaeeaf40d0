/**
 * The Analysis view: its scope (the open article, a set, chosen articles, the whole project), its
 * themes, its options, and the answer for the section on screen. Answers come from the open
 * article in memory or from the analysis worker; the data the worker holds is dropped whenever
 * passages, articles or sets change.
 */
import type { AnalysisAnswer, AnalysisQuery, PassageRef, RowOptions } from '@shared/stats/analysis'
import { describeError } from '@shared/i18n/words'
import type { CooccurrenceBy, StatsTheme, TimelineUnit } from '@shared/stats/types'
import { askOpen, askStored, tellChanges } from '../analysis/analysisClient'
import type { ArticleSet } from '../db/db'
import { t } from '../i18n/i18n.svelte'
import { markPainted } from '../perf/marks'
import { codebook } from './codebook.svelte'
import { db } from './database'
import { history, onChangeSet } from './history.svelte'
import { library } from './library.svelte'
import { session } from './session.svelte'

export type AnalysisScope = { kind: 'article' } | { kind: 'project' } | { kind: 'set'; id: string } | { kind: 'chosen'; ids: readonly string[] }
export type AnalysisSection = 'frequencies' | 'cooccurrence' | 'matrix' | 'timeline'

/** A list of passages behind a cell: by article, each passage with the start of its quote. */
export interface Drill {
  title: string
  /** Passages (or pairs) in all; the list shows the first DRILL_LIMIT. */
  total: number
  items: { documentId: string; title: string; passages: { id: string; quote: string }[] }[]
}

export const DRILL_LIMIT = 200

class Analysis {
  scope = $state.raw<AnalysisScope>({ kind: 'project' })
  /** The themes shown; null for all. */
  chosenThemes = $state.raw<readonly string[] | null>(null)
  rollUp = $state(false)
  section = $state<AnalysisSection>('frequencies')
  by = $state<CooccurrenceBy>('overlap')
  unit = $state<TimelineUnit>('month')
  columns = $state<'articles' | 'sets'>('articles')
  metric = $state<'passages' | 'share'>('passages')
  sets = $state.raw<ArticleSet[]>([])
  result = $state.raw<AnalysisAnswer | null>(null)
  busy = $state(false)
  error = $state<string | null>(null)
  drill = $state.raw<Drill | null>(null)
  /** Bumped at every change to passages, articles or sets: the view asks again, the worker rereads. */
  dataVersion = $state(0)
}

export const analysis = new Analysis()

let asked = 0

/** Bumped with every change to the library's records (with its size, it tells the worker to read the articles again). */
let documentsChanged = 0

onChangeSet((changeSet) => {
  if (changeSet.annotations) tellChanges(db().name, changeSet.annotations)
  if (changeSet.documents || changeSet.sets) documentsChanged++
  if (changeSet.annotations || changeSet.documents || changeSet.sets) analysis.dataVersion++
  if (changeSet.sets) void loadSets()
})
// The open article's own actions are applied in memory before they are committed, so they come this way.
session.onPassagesChange((change) => {
  if ('changes' in change) tellChanges(db().name, change.changes)
  analysis.dataVersion++
})

export async function loadSets(): Promise<void> {
  analysis.sets = await db().sets.orderBy('order').toArray()
}

function rowOptions(): RowOptions {
  const themes: StatsTheme[] = codebook.tags.map(({ id, name, parentId, order, color }) => ({ id, name, parentId, order, color }))
  return { themes, chosen: analysis.chosenThemes ? [...analysis.chosenThemes] : null, rollUp: analysis.rollUp }
}

/** The articles in scope, or null for all of the project's. */
function scopeDocuments(scope: AnalysisScope): readonly string[] | null {
  if (scope.kind === 'project') return null
  if (scope.kind === 'chosen') return [...scope.ids]
  if (scope.kind === 'set') return library.documents.filter((d) => d.setIds.includes(scope.id)).map((d) => d.id)
  return session.current ? [session.current.record.id] : []
}

async function ask(query: AnalysisQuery): Promise<AnalysisAnswer> {
  const scope = analysis.scope
  const rows = rowOptions()
  if (scope.kind === 'article') {
    const current = session.current
    if (!current) throw new Error(t('analysis.openArticleFirst'))
    await current.passagesLoaded
    return askOpen(current, rows, query)
  }
  // The worker reads storage: what the user just did must be written first.
  await history.flushed()
  // Imports add articles without a change set: the library's size completes the key.
  return askStored(db().name, `${documentsChanged}:${library.documents.length}`, scopeDocuments(scope), rows, query)
}

function sectionQuery(): AnalysisQuery {
  switch (analysis.section) {
    case 'frequencies':
      return { kind: 'frequencies' }
    case 'cooccurrence':
      return { kind: 'cooccurrence', by: analysis.by }
    case 'matrix':
      return { kind: 'matrix', columns: analysis.columns, sets: analysis.sets.map((s) => ({ id: s.id, name: s.name })) }
    case 'timeline':
      return { kind: 'timeline', unit: analysis.unit }
  }
}

/** Answers the section on screen for the current scope and options; a newer request supersedes it. */
export async function refreshAnalysis(): Promise<void> {
  const attempt = ++asked
  analysis.busy = true
  analysis.drill = null
  try {
    const result = await ask(sectionQuery())
    if (attempt !== asked) return
    analysis.result = result
    analysis.error = null
  } catch (error) {
    if (attempt !== asked) return
    analysis.result = null
    analysis.error = describeError(error, t)
  } finally {
    if (attempt === asked) analysis.busy = false
  }
}

/** Called by a chart or table once it shows the answer: the benchmark's mark. */
export function analysisShown(): void {
  markPainted('themata:analysis-painted')
}

async function quotes(refs: readonly PassageRef[]): Promise<Map<string, string>> {
  const ids = [...new Set(refs.map((r) => r.id))]
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- local to this call, not state
  const found = new Map<string, string>()
  if (analysis.scope.kind === 'article') {
    for (const id of ids) found.set(id, session.annotation(id)?.exact ?? '')
    return found
  }
  const records = await db().annotations.bulkGet(ids)
  records.forEach((a, i) => found.set(ids[i] as string, a?.exact ?? ''))
  return found
}

async function showDrill(title: string, groups: { documentId: string; ids: string[] }[], total: number, refs: readonly PassageRef[]): Promise<void> {
  const attempt = asked
  const text = await quotes(refs)
  if (attempt !== asked) return
  const titles = new Map(library.documents.map((d) => [d.id, d.title]))
  analysis.drill = {
    title,
    total,
    items: groups.map((g) => ({ documentId: g.documentId, title: titles.get(g.documentId) ?? t('library.untitled'), passages: g.ids.map((id) => ({ id, quote: text.get(id) ?? '' })) }))
  }
}

/** Lists the passage pairs behind a co-occurrence cell (each pair one item). */
export async function drillPairs(first: number, second: number, title: string): Promise<void> {
  const result = await ask({ kind: 'pairs', by: analysis.by, first, second })
  if (result.kind !== 'pairs') return
  const shown = result.pairs.slice(0, DRILL_LIMIT)
  const groups = shown.map((p) => ({ documentId: p.first.documentId, ids: p.first.id === p.second.id ? [p.first.id] : [p.first.id, p.second.id] }))
  await showDrill(title, groups, result.pairs.length, shown.flatMap((p) => [p.first, p.second]))
}

/** Lists the passages of a row in some articles (all in scope when null), grouped by article. */
export async function drillPassages(row: number, documentIds: readonly string[] | null, title: string): Promise<void> {
  const result = await ask({ kind: 'passages', row, documentIds: documentIds ? [...documentIds] : null })
  if (result.kind !== 'passages') return
  const shown = result.passages.slice(0, DRILL_LIMIT)
  const groups: { documentId: string; ids: string[] }[] = []
  for (const p of shown) {
    const last = groups[groups.length - 1]
    if (last?.documentId === p.documentId) last.ids.push(p.id)
    else groups.push({ documentId: p.documentId, ids: [p.id] })
  }
  await showDrill(title, groups, result.passages.length, shown)
}
