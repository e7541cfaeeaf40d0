/**
 * Statistics over stored articles, off the page's thread: reads the project's passages straight from
 * IndexedDB (one getAll per store; the parsing of 100,000 records happens here, not in the page),
 * keeps them until the page says they changed, and answers each question with the shared code.
 */
import { answer, codeRows } from '@shared/stats/analysis'
import { prepareCorpus, type CodedCorpus, type PreparedCorpus } from '@shared/stats/corpus'
import type { StatsDocument, StatsPassage } from '@shared/stats/types'
import { blockStarts, type Block } from '@shared/document'
import type { AnalysisReply, AnalysisRequest } from './protocol'

interface StoredDocument {
  id: string
  title: string
  charCount: number
  metadata?: { date?: string }
  setIds?: string[]
}

interface Project {
  key: string
  documents: StatsDocument[]
  passages: StatsPassage[]
  /** Block starts per document, read the first time paragraphs are asked about. */
  blocks: Map<string, number[]> | null
}

interface WorkerScope {
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null
  postMessage(reply: AnalysisReply): void
}

const scope = self as unknown as WorkerScope

let project: Project | null = null
let prepared: { key: string; corpus: PreparedCorpus } | null = null
let coded: { key: string; coded: CodedCorpus } | null = null

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'))
  })
}

function open(name: string): Promise<IDBDatabase> {
  return request(indexedDB.open(name))
}

async function readProject(name: string, key: string): Promise<Project> {
  const db = await open(name)
  try {
    const tx = db.transaction(['documents', 'annotations'], 'readonly')
    const [documents, annotations] = await Promise.all([
      request(tx.objectStore('documents').getAll() as IDBRequest<StoredDocument[]>),
      request(tx.objectStore('annotations').getAll() as IDBRequest<StatsPassage[]>)
    ])
    return {
      key,
      documents: documents.map((d) => ({ id: d.id, title: d.title, textLength: d.charCount, date: d.metadata?.date, setIds: d.setIds ?? [] })),
      // Only what the statistics read: the quotes and notes are dropped with the records.
      passages: annotations.map((a) => ({ id: a.id, documentId: a.documentId, start: a.start, end: a.end, tagIds: a.tagIds })),
      blocks: null
    }
  } finally {
    db.close()
  }
}

async function readBlocks(name: string): Promise<Map<string, number[]>> {
  const db = await open(name)
  try {
    const contents = await request(db.transaction('contents', 'readonly').objectStore('contents').getAll() as IDBRequest<{ documentId: string; blocks: Block[] }[]>)
    return new Map(contents.map((c) => [c.documentId, blockStarts(c.blocks)]))
  } finally {
    db.close()
  }
}

async function handle(req: AnalysisRequest): Promise<AnalysisReply> {
  const key = `${req.dbName}\u0000${req.version}`
  if (project?.key !== key) {
    project = await readProject(req.dbName, key)
    prepared = null
    coded = null
  }
  const current = project
  const byParagraph = (req.query.kind === 'cooccurrence' || req.query.kind === 'pairs') && req.query.by === 'paragraph'
  if (byParagraph && !current.blocks) {
    const blocks = await readBlocks(req.dbName)
    current.blocks = blocks
    for (const d of current.documents) d.blockStarts = blocks.get(d.id)
  }
  const scopeKey = `${key}\u0000${req.documentIds ? req.documentIds.join(' ') : '*'}`
  if (prepared?.key !== scopeKey) {
    const wanted = req.documentIds ? new Set(req.documentIds) : null
    prepared = { key: scopeKey, corpus: prepareCorpus(wanted ? current.documents.filter((d) => wanted.has(d.id)) : current.documents, current.passages) }
    coded = null
  }
  const rowsKey = `${scopeKey}\u0000${JSON.stringify(req.rows)}`
  if (coded?.key !== rowsKey) coded = { key: rowsKey, coded: codeRows(prepared.corpus, req.rows) }
  return { id: req.id, answer: answer(coded.coded, req.query) }
}

// Requests are answered one at a time, in order, so a reread is never raced by the next question.
let queue: Promise<void> = Promise.resolve()

scope.onmessage = (event) => {
  const req = event.data
  queue = queue.then(async () => {
    let reply: AnalysisReply
    try {
      reply = await handle(req)
    } catch (error) {
      reply = { id: req.id, error: error instanceof Error ? error.message : String(error) }
    }
    scope.postMessage(reply)
  })
}
