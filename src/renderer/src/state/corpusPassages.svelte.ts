/**
 * "All passages": the filter and sort the analyst chose, the passages that pass (as catalog slots,
 * in order), the selection, and the actions on the selected passages. Filtering works on the
 * catalog (indexes only); the passages themselves are read only for the rows on screen and, when a
 * text filter is set, for the candidates — a screenful first, the rest while the first rows show.
 */
import { tick } from 'svelte'
import { describeError } from '@shared/i18n/words'
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
import type { ArticleSet, DocumentRecord } from '../db/db'
import { codebook } from './codebook.svelte'
import { db } from './database'
import { history, onChangeSet } from './history.svelte'
import { library } from './library.svelte'
import { notify, notifyError } from './messages.svelte'
import { session } from './session.svelte'
import { showView } from './view.svelte'
import { t } from '../i18n/i18n.svelte'

/** Rows asked for whole as a new list is shown (more than a screenful); the text filter also verifies this many before showing the first ones. */
const FIRST_SCREEN = 40
/** Passages read per step of the text filter, and how many steps are read ahead of the one checked. */
const TEXT_CHUNK = 1000
const READ_AHEAD = 2
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
    const documents = documentsInOrder(sort === 'theme' ? 'article' : sort).filter((d) => documentPasses(d, filter))
    let rows = collectRows(documents, (id) => cat.slotsOf(id), mask ? (s) => mask[s] === 1 && cat.alive(s) : (s) => cat.alive(s))
    if (sort === 'theme') rows = groupByRank(rows, firstThemeRanks(cat.slotCount, tags, (t) => cat.members(t)), tags.length + 1)
    const matches = textMatcher(filter.text)
    if (!matches) {
      publish(cat, rows, false)
      return
    }
    // The candidates' quotes and notes, a screenful first, the next steps read while one is checked.
    const chunks: Int32Array[] = []
    for (let i = 0; i < rows.length; ) {
      const size = chunks.length === 0 ? Math.min(TEXT_CHUNK, FIRST_SCREEN * 4) : TEXT_CHUNK
      chunks.push(rows.subarray(i, i + size))
      i += size
    }
    const reads: Promise<Map<string, Annotation>>[] = []
    const kept: number[] = []
    let shown = false
    for (let k = 0; k < chunks.length; k++) {
      while (reads.length < Math.min(chunks.length, k + 1 + READ_AHEAD)) {
        const read = readTexts(cat, chunks[reads.length] as Int32Array)
        read.catch(() => undefined)
        reads.push(read)
      }
      const read = await (reads[k] as Promise<Map<string, Annotation>>)
      if (run !== runs) return
      for (const slot of chunks[k] as Int32Array) {
        if (!matches(texts.get(slot) ?? '')) continue
        kept.push(slot)
        // The first rows are shown: keep what was read of them.
        const record = kept.length <= FIRST_SCREEN ? read.get(cat.id(slot)) : undefined
        if (record) records.set(record.id, record)
      }
      if (!shown && (kept.length >= FIRST_SCREEN || k === chunks.length - 1)) {
        shown = true
        publish(cat, Int32Array.from(kept), k < chunks.length - 1)
      }
    }
    publish(cat, Int32Array.from(kept), false)
  } catch (error) {
    if (run === runs) notifyError(t('corpus.readFailed', { reason: describeError(error, t) }))
  } finally {
    if (run === runs) corpus.busy = false
  }
}

/** The project's articles in a sort's order, sorted again only when the articles or the sort change. */
let ordered: { source: readonly DocumentRecord[]; sort: CorpusSort; documents: DocumentRecord[] } | null = null
function documentsInOrder(sort: CorpusSort): DocumentRecord[] {
  if (ordered?.source !== library.documents || ordered.sort !== sort) {
    ordered = { source: library.documents, sort, documents: orderDocuments(library.documents, sort) }
  }
  return ordered.documents
}

/**
 * Shows a list. The passages of its first screen are asked for before it renders (rows render
 * while they are read, and show them when they arrive; the list asks again for rows it scrolls to).
 */
function publish(cat: PassageCatalog, rows: Int32Array, counting: boolean): void {
  readRecords(cat, rows.subarray(0, FIRST_SCREEN)).catch(() => undefined)
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

/** Reads the quote and note of the slots not yet known, for the text filter; returns the passages read. */
async function readTexts(cat: PassageCatalog, slots: Int32Array): Promise<Map<string, Annotation>> {
  const missing: string[] = []
  for (const slot of slots) if (!texts.has(slot)) missing.push(cat.id(slot))
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- local to this call, not state
  const read = new Map<string, Annotation>()
  if (missing.length === 0) return read
  for (const a of await db().annotations.bulkGet(missing)) {
    if (!a) continue
    read.set(a.id, a)
    const slot = cat.slot(a.id)
    if (slot !== undefined) texts.set(slot, foldForFilter(`${a.exact}\n${a.note}`))
  }
  return read
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
  if (catalog) await readRecords(catalog, slots)
}

/** Reads the passages of `slots` not in memory (nor being read) into the cache. */
async function readRecords(cat: PassageCatalog, slots: ArrayLike<number>): Promise<void> {
  const missing: string[] = []
  for (let i = 0; i < slots.length; i++) {
    const id = cat.id(slots[i] as number)
    if (id && !records.has(id) && !pending.has(id)) missing.push(id)
  }
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
    notifyError(t('corpus.changeFailed', { reason: describeError(error, t) }))
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
    notifyError(t('corpus.deleteFailed', { reason: describeError(error, t) }))
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
