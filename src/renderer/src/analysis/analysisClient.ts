/**
 * Asks the statistics of a scope. The open article is counted here, from the passages in memory
 * (the freshest, a few thousand at most); stored articles are counted by the worker, which reads
 * them from IndexedDB itself.
 */
import { answer, codeScope, type AnalysisAnswer, type AnalysisQuery, type RowOptions } from '@shared/stats/analysis'
import type { StatsDocument, StatsPassage } from '@shared/stats/types'
import type { OpenDocument } from '../state/session.svelte'
import type { AnalysisMessage, AnalysisReply, AnalysisRequest } from './protocol'

let worker: Worker | null = null
let nextId = 0
const pending = new Map<number, { resolve: (answer: AnalysisAnswer) => void; reject: (error: Error) => void }>()

function analysisWorker(): Worker {
  if (worker) return worker
  const created = new Worker(new URL('./analysisWorker.ts', import.meta.url), { type: 'module' })
  created.onmessage = (event: MessageEvent<AnalysisReply>) => {
    const reply = event.data
    const waiting = pending.get(reply.id)
    pending.delete(reply.id)
    if (!waiting) return
    if ('answer' in reply) waiting.resolve(reply.answer)
    else waiting.reject(new Error(reply.error))
  }
  created.onerror = (event) => {
    event.preventDefault()
    for (const waiting of pending.values()) waiting.reject(new Error(event.message || 'the statistics stopped unexpectedly'))
    pending.clear()
    created.terminate()
    worker = null
  }
  worker = created
  return created
}

/** Stored articles (all, or some): answered by the worker. Plain data only (no state proxies): it is copied across. */
export function askStored(dbName: string, documentsKey: string, documentIds: readonly string[] | null, rows: RowOptions, query: AnalysisQuery): Promise<AnalysisAnswer> {
  const id = ++nextId
  const req: AnalysisRequest = { kind: 'ask', id, dbName, documentsKey, documentIds: documentIds ? [...documentIds] : null, rows, query }
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject })
    analysisWorker().postMessage(req satisfies AnalysisMessage)
  })
}

type Passage = Pick<StatsPassage, 'id' | 'documentId' | 'start' | 'end' | 'tagIds'>

/** Keeps the worker's copy of the passages current (nothing to do before it has read them). */
export function tellChanges(dbName: string, changes: readonly { before: Passage | null; after: Passage | null }[]): void {
  if (!worker || changes.length === 0) return
  const plain = (p: Passage | null): StatsPassage | null => p && { id: p.id, documentId: p.documentId, start: p.start, end: p.end, tagIds: [...p.tagIds] }
  worker.postMessage({ kind: 'changes', dbName, changes: changes.map((c) => ({ before: plain(c.before), after: plain(c.after) })) } satisfies AnalysisMessage)
}

/** The open article: answered here, from memory. */
export function askOpen(current: OpenDocument, rows: RowOptions, query: AnalysisQuery): AnalysisAnswer {
  const document: StatsDocument = {
    id: current.record.id,
    title: current.record.title,
    textLength: current.text.length,
    date: current.record.metadata.date,
    setIds: current.record.setIds,
    blockStarts: current.starts
  }
  return answer(codeScope([document], current.index.all(), rows), query)
}
