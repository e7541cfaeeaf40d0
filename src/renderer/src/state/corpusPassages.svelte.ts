/**
 * "All passages": the filter and sort the analyst chose, the passages that pass (as catalog slots,
 * in order), the selection, and the actions on the selected passages. Filtering works on the
 * catalog (indexes only); the passages themselves are read only for the rows on screen and, when a
 * text filter is set, for the candidates — a screenful first, the rest while the first rows show.
 */
import { tick } from 'svelte'
import type { Annotation } from '@shared/annotation'
import {
  collectRows,
  documentPasses,
  EMPTY_FILTER,
  firstThemeRanks,
  foldForFilter,
  groupByRank,
  matchThemes,
  orderDocuments,
  textMatcher,
  themeGroups,
  type CorpusFilter,
  type CorpusSort
} from '@shared/corpus/query'
import { PassageCatalog } from '../corpus/passageCatalog'
import type { Change } from '../db/changeSet'
import type { ArticleSet } from '../db/db'
import { codebook } from './codebook.svelte'
import { db } from './database'
import { history, onChangeSet } from './history.svelte'
import { library } from './library.svelte'
import { notify, notifyError } from './messages.svelte'
import { session } from './session.svelte'
import { showView } from './view.svelte'
import { t } from '../i18n/i18n.svelte'

/** Rows verified by the text filter before the first ones are shown. */
const FIRST_SCREEN = 40
/** Passages read per step of the text filter. */
const TEXT_CHUNK = 1000
/** Passages kept in memory for display; the oldest are dropped beyond this. */
const RECORD_CACHE = 4000

class CorpusPassages {
  filter = $state<CorpusFilter>({ ...EMPTY_FILTER })
  sort = $state<CorpusSort>('article')
  /** The passing passages, in order (catalog slots). Raw: up to 100,000 numbers. */
  rows = $state.raw<Int32Array>(new Int32Array(0))
  /** A query is running (the catalog is being read, or the list recomputed). */
  busy = $state(false)
  /** The text filter is still reading passages: `rows` holds those found so far. */
  counting = $state(false)
  /** The catalog is being read for the first time in this project. */
  loading = $state(false)
  sets = $state.raw<ArticleSet[]>([])
  /** Bumped when passages arrive in the cache, so rows showing them re-render. */
  recordsVersion = $state(0)
  /** Bumped on every change of the selection (a plain Set: Ctrl+A may select 100,000). */
  selectionVersion = $state(0)
  /** The row with keyboard focus, and where a shift-selection starts. */
  focus = $state(0)
  anchor = 0
  /** Passages (slots) whose row shows the whole paragraph. */
  expanded = $state.raw<ReadonlySet<number>>(new Set())
  /** Bumped when the filter or sort gives a new list (the list then starts at its top). */
  generation = $state(0)
  readonly selected = new Set<number>()
}

export const corpus = new CorpusPassages()

let catalog: PassageCatalog | null = null
let catalogLoad: Promise<PassageCatalog> | null = null
let runs = 0
let active = false
let rerun = 0
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- caches, not state: recordsVersion says when they change
const records = new Map<string, Annotation>()
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a cache keyed by slot
const texts = new Map<number, string>()
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- ids being read, to read each once
const pending = new Set<string>()
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a few articles' texts, for expanded rows
const paragraphs = new Map<string, string>()

/** The catalog of the open project, read on first use (and again after a project switch). */
async function ensureCatalog(): Promise<PassageCatalog> {
  const current = db()
  if (catalog?.db === current) return catalog
  if (!catalogLoad) {
    corpus.loading = true
    records.clear()
    texts.clear()
    paragraphs.clear()
    clearSelection()
    catalogLoad = (async () => {
      await history.flushed()
      return PassageCatalog.load(current)
    })()
  }
  try {
    const loaded = await catalogLoad
    catalog = loaded
    return loaded
  } finally {
    catalogLoad = null
    corpus.loading = false
  }
}

/** The view is on screen: read what it needs and keep it current while it stays. */
export function activateCorpus(): () => void {
  active = true
  void loadSets()
  void runQuery()
  return () => {
    active = false
  }
}

async function loadSets(): Promise<void> {
  try {
    corpus.sets = await db().sets.orderBy('order').toArray()
  } catch {
    corpus.sets = []
  }
}

/**
 * Recomputes the list from the filter and sort as they are now. `fresh`: the filter or sort
 * changed (not the passages), so the list starts at its top with nothing selected.
 */
export async function runQuery(fresh = false): Promise<void> {
  const run = ++runs
  corpus.busy = true
  if (fresh) {
    clearSelection()
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- raw state, replaced whole
    corpus.expanded = new Set()
    corpus.focus = 0
    corpus.anchor = 0
    corpus.generation++
  }
  try {
    const cat = await ensureCatalog()
    if (cat.needsRefresh) {
      await history.flushed()
      await cat.refresh()
    }
    if (run !== runs) return
    const filter = $state.snapshot(corpus.filter) as CorpusFilter
    const sort = corpus.sort
    const tags = codebook.tags
    const mask = matchThemes(cat.slotCount, themeGroups(tags, filter), filter.mode, (t) => cat.members(t))
    const documents = orderDocuments(
      library.documents.filter((d) => documentPasses(d, filter)),
      sort === 'theme' ? 'article' : sort
    )
    let rows = collectRows(documents, (id) => cat.slotsOf(id), (s) => cat.alive(s) && (!mask || mask[s] === 1))
    if (sort === 'theme') rows = groupByRank(rows, firstThemeRanks(cat.slotCount, tags, (t) => cat.members(t)), tags.length + 1)
    const matches = textMatcher(filter.text)
    if (!matches) {
      publish(rows, false)
      return
    }
    const kept: number[] = []
    let shown = false
    for (let i = 0; i < rows.length; ) {
      const size = shown ? TEXT_CHUNK : Math.min(TEXT_CHUNK, FIRST_SCREEN * 4)
      const chunk = rows.subarray(i, i + size)
      i += size
      await readTexts(cat, chunk)
      if (run !== runs) return
      for (const slot of chunk) if (matches(texts.get(slot) ?? '')) kept.push(slot)
      if (!shown && (kept.length >= FIRST_SCREEN || i >= rows.length)) {
        shown = true
        publish(Int32Array.from(kept), i < rows.length)
      }
    }
    publish(Int32Array.from(kept), false)
  } catch (error) {
    if (run === runs) notifyError(t('corpus.readFailed', { reason: error instanceof Error ? error.message : String(error) }))
  } finally {
    if (run === runs) corpus.busy = false
  }
}

function publish(rows: Int32Array, counting: boolean): void {
  corpus.rows = rows
  corpus.counting = counting
  corpus.focus = Math.min(corpus.focus, Math.max(0, rows.length - 1))
  let dropped = false
  for (const slot of corpus.selected) {
    if (!catalog?.alive(slot)) {
      corpus.selected.delete(slot)
      dropped = true
    }
  }
  if (dropped) corpus.selectionVersion++
}

/** Reads the quote and note of the slots not yet known, for the text filter. */
async function readTexts(cat: PassageCatalog, slots: Int32Array): Promise<void> {
  const missing: string[] = []
  for (const slot of slots) if (!texts.has(slot)) missing.push(cat.id(slot))
  if (missing.length === 0) return
  for (const a of await db().annotations.bulkGet(missing)) {
    if (!a) continue
    const slot = cat.slot(a.id)
    if (slot !== undefined) texts.set(slot, foldForFilter(`${a.exact}\n${a.note}`))
  }
}

/** The passage shown in a row, once read (rows on screen ask for theirs with want()). */
export function recordOf(slot: number): Annotation | undefined {
  void corpus.recordsVersion
  return catalog ? records.get(catalog.id(slot)) : undefined
}

export function documentOf(slot: number): string {
  return catalog?.documentId(slot) ?? ''
}

/** Reads the passages of rows coming into view that are not in memory yet. */
export async function want(slots: readonly number[]): Promise<void> {
  const cat = catalog
  if (!cat) return
  const missing = slots.map((s) => cat.id(s)).filter((id) => id && !records.has(id) && !pending.has(id))
  if (missing.length === 0) return
  for (const id of missing) pending.add(id)
  try {
    const found = await db().annotations.bulkGet(missing)
    for (const a of found) if (a) records.set(a.id, a)
    while (records.size > RECORD_CACHE) records.delete(records.keys().next().value as string)
    corpus.recordsVersion++
  } finally {
    for (const id of missing) pending.delete(id)
  }
}

/** The whole paragraph(s) of a passage, for its expanded row. */
export async function paragraphOf(passage: Annotation): Promise<{ before: string; quote: string; after: string } | null> {
  let text = paragraphs.get(passage.documentId)
  if (text === undefined) {
    const content = await db().contents.get(passage.documentId)
    if (!content) return null
    text = content.text
    paragraphs.set(passage.documentId, text)
    while (paragraphs.size > 20) paragraphs.delete(paragraphs.keys().next().value as string)
  }
  const from = text.lastIndexOf('\n\n', passage.start - 1)
  const to = text.indexOf('\n\n', passage.end)
  const start = from < 0 ? 0 : from + 2
  const end = to < 0 ? text.length : to
  return { before: text.slice(start, passage.start), quote: text.slice(passage.start, passage.end), after: text.slice(passage.end, end) }
}

export function toggleExpanded(slot: number): void {
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- raw state, replaced whole
  const next = new Set(corpus.expanded)
  if (next.has(slot)) next.delete(slot)
  else next.add(slot)
  corpus.expanded = next
}

// Selection ----------------------------------------------------------------------------------

export function isSelected(slot: number): boolean {
  void corpus.selectionVersion
  return corpus.selected.has(slot)
}

export function clearSelection(): void {
  if (corpus.selected.size === 0) return
  corpus.selected.clear()
  corpus.selectionVersion++
}

/** Selects rows [from, to] (either order), replacing the selection unless `add`. */
export function selectRange(from: number, to: number, add = false): void {
  if (!add) corpus.selected.clear()
  const [a, b] = from <= to ? [from, to] : [to, from]
  for (let i = Math.max(0, a); i <= Math.min(b, corpus.rows.length - 1); i++) corpus.selected.add(corpus.rows[i] as number)
  corpus.selectionVersion++
}

export function toggleRow(index: number): void {
  const slot = corpus.rows[index]
  if (slot === undefined) return
  if (corpus.selected.has(slot)) corpus.selected.delete(slot)
  else corpus.selected.add(slot)
  corpus.anchor = index
  corpus.selectionVersion++
}

export async function selectAll(): Promise<void> {
  // The text filter may still be counting: select once it has every row.
  while (corpus.counting) await new Promise((resolve) => setTimeout(resolve, 20))
  selectRange(0, corpus.rows.length - 1)
}

// Actions ------------------------------------------------------------------------------------

/** Opens the passage's article in the article view, scrolled to the passage, which flashes. */
export async function openPassage(slot: number): Promise<void> {
  const cat = catalog
  if (!cat) return
  const id = cat.id(slot)
  const documentId = cat.documentId(slot)
  showView('article')
  await tick()
  if (session.current?.record.id !== documentId) await session.load(documentId)
  const current = session.current
  if (!current || current.record.id !== documentId) return
  await current.passagesLoaded
  await tick()
  session.revealPassage(id)
}

async function selectedPassages(): Promise<Annotation[]> {
  const cat = catalog
  if (!cat) return []
  await history.flushed()
  const ids = [...corpus.selected].filter((s) => cat.alive(s)).map((s) => cat.id(s))
  const found = await db().annotations.bulkGet(ids)
  return found.filter((a): a is Annotation => a !== undefined)
}

/** Adds a theme to every selected passage, or removes it (a passage left with neither theme nor note goes): one undoable step. */
export async function retagSelected(tagId: string, add: boolean): Promise<void> {
  const theme = codebook.tags.find((t) => t.id === tagId)
  if (!theme) return
  try {
    const passages = await selectedPassages()
    const now = Date.now()
    const changes: Change<Annotation>[] = []
    for (const a of passages) {
      if (add === a.tagIds.includes(tagId)) continue
      const tagIds = add ? [...a.tagIds, tagId] : a.tagIds.filter((t) => t !== tagId)
      changes.push({ before: a, after: !add && tagIds.length === 0 && !a.note.trim() ? null : { ...a, tagIds, updatedAt: now } })
    }
    if (changes.length === 0) {
      notify(t(add ? 'corpus.alreadyHave' : 'corpus.noneHas', { name: theme.name }))
      return
    }
    const label = t(add ? 'undo.addThemeToPassages' : 'undo.removeThemeFromPassages', { name: theme.name, count: changes.length })
    history.commit(label, { annotations: changes })
    notify(t('common.undoHint', { action: label }))
  } catch (error) {
    notifyError(t('corpus.changeFailed', { reason: error instanceof Error ? error.message : String(error) }))
  }
}

/** Deletes every selected passage: one undoable step. */
export async function deleteSelected(): Promise<void> {
  try {
    const passages = await selectedPassages()
    if (passages.length === 0) return
    const label = t('undo.deletePassages', { count: passages.length })
    history.commit(
      label,
      { annotations: passages.map((a) => ({ before: a, after: null })) }
    )
    clearSelection()
    notify(t('common.undoHint', { action: label }))
  } catch (error) {
    notifyError(t('corpus.deleteFailed', { reason: error instanceof Error ? error.message : String(error) }))
  }
}

/** Recomputes once per frame at most after changes, while the view is on screen. */
function scheduleRerun(): void {
  if (!active || rerun) return
  rerun = requestAnimationFrame(() => {
    rerun = 0
    void runQuery()
  })
}

onChangeSet((changes) => {
  if (changes.sets) void loadSets()
  if (!changes.annotations && !changes.documents) return
  if (changes.annotations) {
    catalog?.apply(changes.annotations)
    for (const { before, after } of changes.annotations) {
      const id = (after ?? before)?.id
      if (!id) continue
      if (after) {
        if (records.has(id)) records.set(id, after)
      } else records.delete(id)
      const slot = catalog?.slot(id)
      if (slot !== undefined) texts.delete(slot)
    }
    corpus.recordsVersion++
  }
  scheduleRerun()
})
