/**
 * Document portraits for the library's rows: where each theme occurs in an article, from its start
 * to its end. Made only for rows on screen, one at a time when the browser is idle, and kept until
 * the article's passages change, so listing 500 articles never reads 100,000 passages.
 */
import { SvelteMap } from 'svelte/reactivity'
import { portraitOf, type Portrait } from '@shared/stats/portrait'
import { annotationsOf } from '../db/annotations'
import { db } from './database'
import { onChangeSet } from './history.svelte'
import { library } from './library.svelte'
import { session } from './session.svelte'

/** Stretches of text a portrait is cut into. */
export const PORTRAIT_BINS = 48

export const portraits = new SvelteMap<string, Portrait>()
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, never rendered
const waiting = new Set<string>()
let database = ''
let running = false

/** Asks for an article's portrait; it appears in `portraits` when made. */
export function requestPortrait(documentId: string): void {
  if (db().name !== database) {
    // Another project: ids may repeat across projects (a duplicate keeps them), so start afresh.
    database = db().name
    portraits.clear()
    waiting.clear()
  }
  if (portraits.has(documentId) || waiting.has(documentId)) return
  waiting.add(documentId)
  if (!running) void drain()
}

async function drain(): Promise<void> {
  running = true
  try {
    for (const documentId of waiting) {
      await idle()
      // A project closing under the reads leaves its rows without a portrait, nothing more.
      const made = await make(documentId).catch(() => null)
      waiting.delete(documentId)
      if (made) portraits.set(documentId, made)
    }
  } finally {
    running = false
  }
}

function idle(): Promise<void> {
  return new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 1000 }))
}

async function make(documentId: string): Promise<Portrait | null> {
  const current = session.current
  if (current?.record.id === documentId) {
    await current.passagesLoaded
    return portraitOf(current.index.all(), current.text.length, PORTRAIT_BINS)
  }
  const record = library.documents.find((d) => d.id === documentId)
  if (!record) return null
  return portraitOf(await annotationsOf(db(), documentId), record.charCount, PORTRAIT_BINS)
}

function forget(documentId: string | undefined): void {
  if (documentId !== undefined) portraits.delete(documentId)
}

onChangeSet((changes) => {
  for (const { before, after } of changes.annotations ?? []) forget((after ?? before)?.documentId)
})
session.onPassagesChange(() => forget(session.current?.record.id))
