/**
 * Statistics over stored articles, off the page's thread. The project's passages are read from
 * IndexedDB once (one getAll; the parsing of 100,000 records happens here, not in the page) and
 * then kept current by the changes the page sends, so no action ever costs a second read; the
 * articles (a few hundred small records) are read again whenever the library changed.
 */
import { answer, codeRows } from '@shared/stats/analysis'
import { describeError } from '@shared/i18n/words'
import { prepareCorpus, type CodedCorpus, type PreparedCorpus } from '@shared/stats/corpus'
import type { StatsDocument, StatsPassage } from '@shared/stats/types'
import { blockStarts, type Block } from '@shared/document'
import type { AnalysisMessage, AnalysisReply, AnalysisRequest, PassageChanges } from './protocol'

interface WorkerScope {
  onmessage: ((event: MessageEvent<AnalysisMessage>) => void) | null
  postMessage(reply: AnalysisReply): void
}

const scope = self as unknown as WorkerScope

interface StoredDocument {
  id: string
  title: string
  charCount: number
  metadata?: { date?: string }
  setIds?: string[]
}

interface Project {
  dbName: string
  passages: Map<string, StatsPassage>
  documentsKey: string
  documents: StatsDocument[]
  /** Block starts per document, read the first time paragraphs are asked about. */
  blocks: Map<string, number[]> | null
  /** Bumped by every change to passages or articles: the prepared scope below is then stale. */
  version: number
}

let project: Project | null = null
let prepared: { key: string; corpus: PreparedCorpus } | null = null
let coded: { key: string; coded: CodedCorpus } | null = null

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'))
  })
}

async function withDatabase<T>(name: string, read: (db: IDBDatabase) => Promise<T>): Promise<T> {
  const db = await request(indexedDB.open(name))
  try {
    return await read(db)
  } finally {
    db.close()
  }
}

/** Only what the statistics read: the quotes and notes are dropped with the records. */
const compact = (a: StatsPassage): StatsPassage => ({ id: a.id, documentId: a.documentId, start: a.start, end: a.end, tagIds: a.tagIds })

function readDocuments(db: IDBDatabase): Promise<StatsDocument[]> {
  return request(db.transaction('documents', 'readonly').objectStore('documents').getAll() as IDBRequest<StoredDocument[]>).then((documents) =>
    documents.map((d) => ({ id: d.id, title: d.title, textLength: d.charCount, date: d.metadata?.date, setIds: d.setIds ?? [] }))
  )
}

async function readProject(req: AnalysisRequest): Promise<Project> {
  return withDatabase(req.dbName, async (db) => {
    const annotations = await request(db.transaction('annotations', 'readonly').objectStore('annotations').getAll() as IDBRequest<StatsPassage[]>)
    return {
      dbName: req.dbName,
      passages: new Map(annotations.map((a) => [a.id, compact(a)])),
      documentsKey: req.documentsKey,
      documents: await readDocuments(db),
      blocks: null,
      version: 0
    }
  })
}

async function readBlocks(name: string): Promise<Map<string, number[]>> {
  return withDatabase(name, async (db) => {
    const contents = await request(db.transaction('contents', 'readonly').objectStore('contents').getAll() as IDBRequest<{ documentId: string; blocks: Block[] }[]>)
    return new Map(contents.map((c) => [c.documentId, blockStarts(c.blocks)]))
  })
}

function applyChanges(message: PassageChanges): void {
  if (!project || project.dbName !== message.dbName) return
  for (const { before, after } of message.changes) {
    if (after) project.passages.set(after.id, compact(after))
    else if (before) project.passages.delete(before.id)
  }
  project.version++
}

async function handle(req: AnalysisRequest): Promise<AnalysisReply> {
  if (project?.dbName !== req.dbName) {
    project = await readProject(req)
    prepared = null
    coded = null
  }
  const current = project
  if (current.documentsKey !== req.documentsKey) {
    current.documents = await withDatabase(req.dbName, readDocuments)
    current.documentsKey = req.documentsKey
    current.blocks = null
    current.version++
  }
  const byParagraph = (req.query.kind === 'cooccurrence' || req.query.kind === 'pairs') && req.query.by === 'paragraph'
  if (byParagraph && !current.blocks) {
    const blocks = await readBlocks(req.dbName)
    current.blocks = blocks
    for (const d of current.documents) d.blockStarts = blocks.get(d.id)
  }
  const scopeKey = `${current.version}\u0000${req.documentIds ? req.documentIds.join(' ') : '*'}`
  if (prepared?.key !== scopeKey) {
    const wanted = req.documentIds ? new Set(req.documentIds) : null
    prepared = { key: scopeKey, corpus: prepareCorpus(wanted ? current.documents.filter((d) => wanted.has(d.id)) : current.documents, current.passages.values()) }
    coded = null
  }
  const rowsKey = `${scopeKey}\u0000${JSON.stringify(req.rows)}`
  if (coded?.key !== rowsKey) coded = { key: rowsKey, coded: codeRows(prepared.corpus, req.rows) }
  return { id: req.id, answer: answer(coded.coded, req.query) }
}

// Messages are handled one at a time, in order: a change waits for a read in progress, then applies.
let queue: Promise<void> = Promise.resolve()

scope.onmessage = (event) => {
  const message = event.data
  queue = queue.then(async () => {
    if (message.kind === 'changes') {
      applyChanges(message)
      return
    }
    let reply: AnalysisReply
    try {
      reply = await handle(message)
    } catch (error) {
      reply = { id: message.id, error: describeError(error) }
    }
    scope.postMessage(reply)
  })
}
