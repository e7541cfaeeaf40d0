/**
 * The search worker: holds the project's article texts and matches queries against them off the
 * page's thread, so a slow regular expression never freezes the window — the page terminates this
 * worker when a search runs past its time budget. Texts are read from the project's database here
 * (never copied through the page) and kept per article id; an article's text never changes.
 */
import { quoteAt } from '@shared/annotation'
import { describeError } from '@shared/i18n/words'
import { blockStarts } from '@shared/document'
import { compileSearch } from '@shared/search/compile'
import { extendHit, SentenceFinder } from '@shared/search/extend'
import { foldDiacritics } from '@shared/search/fold'
import { findHits, inContext } from '@shared/search/match'
import { MAX_HITS_WITH_CONTEXT, type ArticleHits, type ExtendedRange, type SearchReply, type SearchRequest } from '@shared/search/protocol'
import { passageRangesOf, passagesAt } from '../db/annotations'
import { ThemataDb } from '../db/db'

interface Article {
  text: string
  starts: number[]
  folded?: string
}

interface WorkerScope {
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null
  postMessage(message: SearchReply, transfer?: Transferable[]): void
}

const scope = self as unknown as WorkerScope
let database: ThemataDb | null = null
const articles = new Map<string, Article>()

/** The texts of `documentIds` (read once), dropping articles no longer asked for (removed). */
async function texts(dbName: string, documentIds: readonly string[]): Promise<Map<string, Article>> {
  if (database?.name !== dbName) {
    database?.close()
    database = new ThemataDb(dbName)
    articles.clear()
  }
  const wanted = new Set(documentIds)
  for (const id of articles.keys()) if (!wanted.has(id)) articles.delete(id)
  const missing = documentIds.filter((id) => !articles.has(id))
  for (const content of await database.contents.bulkGet(missing)) {
    if (content) articles.set(content.documentId, { text: content.text, starts: blockStarts(content.blocks) })
  }
  return articles
}

async function search(request: Extract<SearchRequest, { type: 'search' }>): Promise<SearchReply> {
  const compiled = compileSearch(request.query, request.options)
  if (!compiled.ok) return { type: 'error', id: request.id, message: compiled.message }
  const known = await texts(request.dbName, request.documentIds)
  scope.postMessage({ type: 'matching', id: request.id })
  const found: ArticleHits[] = []
  let total = 0
  for (const documentId of request.documentIds) {
    const article = known.get(documentId)
    if (!article) continue
    if (compiled.folded) article.folded ??= foldDiacritics(article.text)
    const hits = findHits(article.text, compiled, Infinity, article.folded)
    if (hits.length === 0) continue
    const ranges = new Int32Array(hits.length * 2)
    hits.forEach((h, i) => {
      ranges[2 * i] = h.start
      ranges[2 * i + 1] = h.end
    })
    const room = Math.max(0, MAX_HITS_WITH_CONTEXT - total)
    found.push({ documentId, ranges, hits: hits.slice(0, room).map((h) => inContext(article.text, article.starts, h)) })
    total += hits.length
  }
  return { type: 'results', id: request.id, articles: found, total }
}

async function extend(request: Extract<SearchRequest, { type: 'extend' }>): Promise<SearchReply> {
  const known = await texts(request.dbName, [...new Set([...articles.keys(), ...request.hits.map((h) => h.documentId)])])
  const db = database as ThemataDb
  await db.open()
  // Where the articles' passages are, read while the hits are extended.
  const kept = passageRangesOf(db, [...new Set(request.hits.map((h) => h.documentId))])
  const finders = new Map<string, SentenceFinder>()
  const ranges: ExtendedRange[] = []
  for (const hit of request.hits) {
    const article = known.get(hit.documentId)
    if (!article) continue
    let finder = finders.get(hit.documentId)
    if (!finder && request.unit === 'sentence') finders.set(hit.documentId, (finder = new SentenceFinder(article)))
    const range = extendHit(article, hit, request.unit, finder)
    if (!range) continue
    ranges.push({ documentId: hit.documentId, ...range, ...quoteAt(article.text, range.start, range.end) })
  }
  return { type: 'extended', id: request.id, ranges, existing: await passagesAt(db, ranges, await kept) }
}

async function handle(request: SearchRequest): Promise<SearchReply> {
  if (request.type === 'prepare') {
    await texts(request.dbName, request.documentIds)
    return { type: 'prepared', id: request.id }
  }
  return request.type === 'search' ? search(request) : extend(request)
}

scope.onmessage = (event) => {
  const request = event.data
  handle(request)
    .then((reply) => scope.postMessage(reply, reply.type === 'results' ? reply.articles.map((a) => a.ranges.buffer) : []))
    .catch((error: unknown) => scope.postMessage({ type: 'error', id: request.id, message: describeError(error) }))
}
