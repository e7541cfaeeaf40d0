/**
 * Search across the project or in the open article: the query and its options, the results by
 * article, the hit shown in the article (stepped through with Enter / Shift+Enter), and autocode
 * from the results — previewed, then written as one undoable step.
 */
import { tick } from 'svelte'
import { describeError } from '@shared/i18n/words'
import type { Annotation } from '@shared/annotation'
import { planAutocode, type AutocodePlan } from '@shared/search/autocode'
import { compileSearch } from '@shared/search/compile'
import type { AutocodeUnit } from '@shared/search/extend'
import type { Hit, HitInContext } from '@shared/search/match'
import { DEFAULT_SEARCH_OPTIONS, type SearchOptions } from '@shared/search/options'
import type { ExtendedRange } from '@shared/search/protocol'
import type { Change } from '../db/changeSet'
import { SearchClient } from '../search/searchClient'
import { codebook } from './codebook.svelte'
import { db } from './database'
import { history } from './history.svelte'
import { library } from './library.svelte'
import { notify, notifyError } from './messages.svelte'
import { session } from './session.svelte'
import { showView } from './view.svelte'
import { formatAnd, t } from '../i18n/i18n.svelte'

export type SearchScope = 'project' | 'article'

export interface ArticleResult {
  documentId: string
  title: string
  /** Every hit's range. */
  ranges: Int32Array
  /** Hits with their context, in order (all of them unless there are very many). */
  hits: HitInContext[]
}

/** The hit shown in the article; the nonce repeats a request for the same one. */
export interface ShownHit extends Hit {
  documentId: string
  nonce: number
}

class SearchState {
  query = $state('')
  options = $state<SearchOptions>({ ...DEFAULT_SEARCH_OPTIONS })
  scope = $state<SearchScope>('project')
  status = $state<'idle' | 'searching' | 'done' | 'error'>('idle')
  /** One sentence when the query cannot run or the search was stopped. */
  message = $state('')
  results = $state.raw<ArticleResult[]>([])
  total = $state(0)
  /** What the shown results answer: the query, options and scope they were found with. */
  ranFor = $state('')
  shown = $state.raw<ShownHit | null>(null)
  /** The worker holds the texts the next search needs (read when the field got the focus). */
  prepared = $state(false)
  /** Hits chosen for autocode, as "documentId:start". */
  chosen = $state.raw<ReadonlySet<string>>(new Set())
}

export const search = new SearchState()

const client = new SearchClient()
let runs = 0
let nonce = 0

/** What a search's results depend on (another project, or another open article for its scope, makes them stale). */
const signature = (): string => JSON.stringify([db().name, search.query, search.options, search.scope, search.scope === 'article' ? session.current?.record.id : ''])

/** Whether the results on screen are those of the query, options and scope as they are now. */
export function resultsCurrent(): boolean {
  return search.status === 'done' && search.ranFor === signature()
}

function documentIds(): string[] {
  if (search.scope === 'article') return session.current ? [session.current.record.id] : []
  return library.documents.map((d) => d.id)
}

/** Reads the texts ahead of the first search (the field got the focus). */
export function prepareSearch(): void {
  search.prepared = false
  client
    .prepare(db().name, documentIds())
    .then(() => (search.prepared = true))
    .catch(() => undefined)
}

/** Runs the search as it stands; project-wide results are shown in the Search view. */
export async function runSearch(): Promise<void> {
  const run = ++runs
  const compiled = compileSearch(search.query, search.options, t)
  if (!compiled.ok) {
    search.status = 'error'
    search.message = compiled.message
    search.results = []
    search.total = 0
    return
  }
  const ranFor = signature()
  search.status = 'searching'
  search.message = ''
  if (search.scope === 'project') showView('search')
  try {
    const found = await client.search(db().name, documentIds(), search.query, $state.snapshot(search.options) as SearchOptions)
    if (run !== runs) return
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local lookup
    const titles = new Map(library.documents.map((d) => [d.id, d.title]))
    search.results = found.articles.map((a) => ({ ...a, title: titles.get(a.documentId) ?? t('library.untitled') }))
    search.total = found.total
    search.ranFor = ranFor
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- raw state, replaced whole
    search.chosen = new Set()
    search.status = 'done'
    if (search.scope === 'article') await step(1)
  } catch (error) {
    if (run !== runs) return
    search.status = 'error'
    search.message = describeError(error, t)
    search.results = []
    search.total = 0
  }
}

/** Shows a hit in its article (opening it first when needed), highlighted. */
export async function showHit(documentId: string, hit: Hit): Promise<void> {
  showView('article')
  await tick()
  if (session.current?.record.id !== documentId) await session.load(documentId)
  if (session.current?.record.id !== documentId) return
  search.shown = { documentId, start: hit.start, end: hit.end, nonce: ++nonce }
}

/** The next (1) or previous (-1) hit in the open article, after the one shown; wraps around. */
export async function step(direction: 1 | -1): Promise<void> {
  const current = session.current
  if (!current) {
    notify(t('search.openArticleToStep'))
    return
  }
  const result = search.results.find((r) => r.documentId === current.record.id)
  if (!result || result.ranges.length === 0) {
    notify(t('search.noHitsInArticle'))
    return
  }
  const count = result.ranges.length / 2
  const shown = search.shown?.documentId === current.record.id ? search.shown : null
  let index: number
  if (!shown) index = direction === 1 ? 0 : count - 1
  else {
    const at = indexOfHit(result.ranges, shown.start)
    index = (at + direction + count) % count
  }
  await showHit(current.record.id, { start: result.ranges[2 * index] as number, end: result.ranges[2 * index + 1] as number })
}

function indexOfHit(ranges: Int32Array, start: number): number {
  for (let i = 0; i < ranges.length / 2; i++) if (ranges[2 * i] === start) return i
  return -1
}

/** Which hit of how many in its article is shown, for the field's counter. */
export function shownPosition(): { index: number; count: number } | null {
  const shown = search.shown
  if (!shown) return null
  const result = search.results.find((r) => r.documentId === shown.documentId)
  if (!result) return null
  return { index: indexOfHit(result.ranges, shown.start) + 1, count: result.ranges.length / 2 }
}

export function toggleChosen(documentId: string, start: number): void {
  const key = `${documentId}:${start}`
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- raw state, replaced whole
  const next = new Set(search.chosen)
  if (next.has(key)) next.delete(key)
  else next.add(key)
  search.chosen = next
}

// Autocode ----------------------------------------------------------------------------------

export interface AutocodePreview {
  plan: AutocodePlan
  /** The ranges with their quotes, by "documentId:start:end". */
  quotes: Map<string, ExtendedRange>
  tagIds: string[]
  unit: AutocodeUnit
  /** What the preview was made for, to refuse applying a stale one. */
  signature: string
}

/** The hits autocode works on: the chosen ones, or every hit. */
function autocodeHits(onlyChosen: boolean): { documentId: string; start: number; end: number }[] {
  const hits: { documentId: string; start: number; end: number }[] = []
  for (const r of search.results) {
    for (let i = 0; i < r.ranges.length; i += 2) {
      const start = r.ranges[i] as number
      if (onlyChosen && !search.chosen.has(`${r.documentId}:${start}`)) continue
      hits.push({ documentId: r.documentId, start, end: r.ranges[i + 1] as number })
    }
  }
  return hits
}

const rangeKey = (r: { documentId: string; start: number; end: number }): string => `${r.documentId}:${r.start}:${r.end}`

/** What autocoding would do, read from the texts and the stored passages; nothing is written. */
export async function previewAutocode(tagIds: string[], unit: AutocodeUnit, onlyChosen: boolean): Promise<AutocodePreview | null> {
  if (!resultsCurrent()) return null
  const signature = JSON.stringify([search.ranFor, tagIds, unit, onlyChosen, [...search.chosen]])
  try {
    // The worker reads storage: everything the user did so far must be in it.
    await history.flushed()
    const { ranges, existing } = await client.extend(db().name, autocodeHits(onlyChosen), unit)
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- data of one preview, never changed
    return { plan: planAutocode(ranges, existing, tagIds), quotes: new Map(ranges.map((r) => [rangeKey(r), r])), tagIds, unit, signature }
  } catch (error) {
    notifyError(describeError(error, t))
    return null
  }
}

export function previewCurrent(preview: AutocodePreview, onlyChosen: boolean): boolean {
  return preview.signature === JSON.stringify([search.ranFor, preview.tagIds, preview.unit, onlyChosen, [...search.chosen]]) && resultsCurrent()
}

/** Writes a preview's plan as one undoable step; resolves once it is stored. */
export async function applyAutocode(preview: AutocodePreview): Promise<void> {
  const { plan, tagIds } = preview
  const now = Date.now()
  const changes: Change<Annotation>[] = []
  for (const range of plan.create) {
    const quote = preview.quotes.get(rangeKey(range))
    if (!quote) continue
    changes.push({
      before: null,
      after: { id: crypto.randomUUID(), documentId: range.documentId, start: range.start, end: range.end, exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, tagIds: [...tagIds], note: '', createdAt: now, updatedAt: now }
    })
  }
  for (const { passage, addTagIds } of plan.update) changes.push({ before: passage, after: { ...passage, tagIds: [...passage.tagIds, ...addTagIds], updatedAt: now } })
  const names = tagIds.map((id) => codebook.tags.find((tag) => tag.id === id)?.name ?? t('autocode.aTheme'))
  if (changes.length === 0) {
    notify(t('autocode.allTagged', { themes: formatAnd(names.map((n) => `“${n}”`)) }))
    return
  }
  history.commit(t('undo.autocode', { query: search.query, themes: formatAnd(names) }), { annotations: changes })
  await history.flushed()
  notify(t('autocode.done', { created: plan.create.length, updated: plan.update.length, articles: plan.articles, skipped: plan.skipped }))
}
