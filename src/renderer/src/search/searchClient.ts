/**
 * Talks to the search worker, one request at a time in order, and stops a search that runs past
 * its time budget by terminating the worker (the only way to stop a regular expression that
 * backtracks for ever); the next request starts a fresh worker.
 */
import type { Annotation } from '@shared/annotation'
import type { AutocodeRange } from '@shared/search/autocode'
import type { AutocodeUnit } from '@shared/search/extend'
import type { SearchOptions } from '@shared/search/options'
import type { ArticleHits, ExtendedRange, SearchReply, SearchRequest } from '@shared/search/protocol'
import { t } from '../i18n/i18n.svelte'

/** How long matching may take (once the texts are read) before the search is stopped. */
export const SEARCH_BUDGET_MS = 3000

export class SearchError extends Error {}

type Pending = { resolve: (reply: SearchReply) => void; reject: (error: Error) => void; timer: number }

/** Each request type without the id the client assigns. */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never
type Request = WithoutId<SearchRequest>

export class SearchClient {
  private worker: Worker | null = null
  private nextId = 1
  private readonly pending = new Map<number, Pending>()

  constructor(private readonly budgetMs = SEARCH_BUDGET_MS) {}

  prepare(dbName: string, documentIds: string[]): Promise<void> {
    return this.send({ type: 'prepare', dbName, documentIds }).then(() => undefined)
  }

  async search(dbName: string, documentIds: string[], query: string, options: SearchOptions): Promise<{ articles: ArticleHits[]; total: number }> {
    const reply = await this.send({ type: 'search', dbName, documentIds, query, options })
    if (reply.type !== 'results') throw new SearchError(t('search.outOfTurn'))
    return reply
  }

  async extend(dbName: string, hits: AutocodeRange[], unit: AutocodeUnit): Promise<{ ranges: ExtendedRange[]; existing: Annotation[] }> {
    const reply = await this.send({ type: 'extend', dbName, hits, unit })
    if (reply.type !== 'extended') throw new SearchError(t('search.outOfTurn'))
    return reply
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker
    const worker = new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (event: MessageEvent<SearchReply>) => this.receive(event.data)
    worker.onerror = (event) => {
      event.preventDefault()
      this.fail(new SearchError(t('search.crashed', { reason: event.message || 'worker error' })))
    }
    this.worker = worker
    return worker
  }

  private send(request: Request): Promise<SearchReply> {
    const id = this.nextId++
    const worker = this.ensureWorker()
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, timer: 0 })
      worker.postMessage({ ...request, id } as SearchRequest)
    })
  }

  private receive(reply: SearchReply): void {
    const waiting = this.pending.get(reply.id)
    if (!waiting) return
    if (reply.type === 'matching') {
      waiting.timer = window.setTimeout(() => this.timedOut(reply.id), this.budgetMs)
      return
    }
    clearTimeout(waiting.timer)
    this.pending.delete(reply.id)
    if (reply.type === 'error') waiting.reject(new SearchError(t('search.failed', { reason: reply.message })))
    else waiting.resolve(reply)
  }

  private timedOut(id: number): void {
    const waiting = this.pending.get(id)
    if (!waiting) return
    this.pending.delete(id)
    waiting.reject(
      new SearchError(t('search.timedOut', { seconds: this.budgetMs / 1000 }))
    )
    // Everything else waiting on this worker is lost with it.
    this.fail(new SearchError(t('search.stopped')))
  }

  private fail(error: Error): void {
    this.worker?.terminate()
    this.worker = null
    for (const [, waiting] of this.pending) {
      clearTimeout(waiting.timer)
      waiting.reject(error)
    }
    this.pending.clear()
  }
}
