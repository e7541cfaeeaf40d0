/**
 * Runs inside the app's page: generates a scenario with data.ts and writes it straight into the
 * app's IndexedDB database ('themata', Dexie schema; record shapes in src/renderer/src/db/db.ts),
 * as if the user had opened and tagged it. The page is reloaded afterwards, so the app reads the
 * data the way it reads its own. Served to the page with its types stripped (see modules.ts).
 */
import type { Annotation, Tag } from '../src/shared/annotation'
import type { BenchSizes } from './data.ts'
import { fakeHash, generateArticle, generatePassages, libraryItems, toAnnotations, type Article } from './data.ts'

/** The long article, stored twice: without passages (to open the text alone) and with them. */
export interface ArticleScenario {
  plainId: string
  plainTitle: string
  annotatedId: string
  annotatedTitle: string
  passages: number
  blocks: number
}

export interface LibraryScenario {
  documents: number
  passages: number
  titles: string[]
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onerror = () => reject(tx.error)
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'))
  })
}

/** Opens the database the app created (it must have started once, so the schema and codebook exist). */
async function openDb(): Promise<IDBDatabase> {
  const db = await request(indexedDB.open('themata'))
  for (const store of ['documents', 'contents', 'tags', 'annotations']) {
    if (!db.objectStoreNames.contains(store)) throw new Error(`The app's database has no "${store}" store; start the app before seeding.`)
  }
  return db
}

async function codebook(db: IDBDatabase): Promise<string[]> {
  const tags = (await request(db.transaction('tags').objectStore('tags').getAll())) as Tag[]
  if (tags.length === 0) throw new Error('The codebook is empty; start the app before seeding.')
  return tags.sort((a, b) => a.order - b.order).map((t) => t.id)
}

function documentRecord(id: string, hashSeed: number, title: string, fileName: string, article: Article, time: number): Record<string, unknown> {
  return {
    id,
    contentHash: fakeHash(hashSeed),
    title,
    fileName,
    format: 'txt',
    metadata: {},
    byteLength: new TextEncoder().encode(article.text).length,
    charCount: article.text.length,
    importedAt: time,
    openedAt: time,
    memo: '',
    setIds: []
  }
}

async function write(db: IDBDatabase, documents: Record<string, unknown>[], contents: Record<string, unknown>[], annotations: Annotation[]): Promise<void> {
  const tx = db.transaction(['documents', 'contents', 'annotations'], 'readwrite')
  const documentStore = tx.objectStore('documents')
  const contentStore = tx.objectStore('contents')
  const annotationStore = tx.objectStore('annotations')
  for (const d of documents) documentStore.put(d)
  for (const c of contents) contentStore.put(c)
  for (const a of annotations) annotationStore.put(a)
  await done(tx)
}

/** Stores the long article twice, the second copy with `sizes.highlights` passages. */
export async function seedArticle(seed: number, sizes: Pick<BenchSizes, 'articleChars' | 'highlights'>): Promise<ArticleScenario> {
  const db = await openDb()
  try {
    const tagIds = await codebook(db)
    const article = generateArticle(seed, sizes.articleChars)
    const specs = generatePassages(seed, article, sizes.highlights, tagIds.length)
    const time = Date.UTC(2025, 7, 8)
    const plainTitle = `${article.title} (text only)`
    const annotatedTitle = `${article.title} (${specs.length} passages)`
    const plainId = 'bench-article-plain'
    const annotatedId = 'bench-article-annotated'
    await write(
      db,
      [
        documentRecord(plainId, seed + 1, plainTitle, 'long-article-text-only.txt', article, time),
        documentRecord(annotatedId, seed + 2, annotatedTitle, 'long-article-annotated.txt', article, time + 1)
      ],
      [
        { documentId: plainId, blocks: article.blocks, text: article.text },
        { documentId: annotatedId, blocks: article.blocks, text: article.text }
      ],
      toAnnotations(seed, article, specs, annotatedId, tagIds, time)
    )
    return { plainId, plainTitle, annotatedId, annotatedTitle, passages: specs.length, blocks: article.blocks.length }
  } finally {
    db.close()
  }
}

/**
 * Stores the library scenario: many articles, their passages spread over them. `themes`: the theme
 * ids to pick from evenly (repeat one to weight it; see weightedThemes), else the stored codebook.
 */
export async function seedLibrary(
  seed: number,
  sizes: Pick<BenchSizes, 'libraryDocuments' | 'libraryPassages' | 'libraryDocumentChars'>,
  themes?: readonly string[]
): Promise<LibraryScenario> {
  const db = await openDb()
  try {
    const tagIds = themes ?? (await codebook(db))
    const time = Date.UTC(2025, 0, 1)
    let documents: Record<string, unknown>[] = []
    let contents: Record<string, unknown>[] = []
    let annotations: Annotation[] = []
    const titles: string[] = []
    let passages = 0
    let n = 0
    for (const item of libraryItems(seed, sizes)) {
      const id = `bench-library-${n}`
      const specs = generatePassages(item.seed, item.article, item.passages, tagIds.length)
      documents.push(documentRecord(id, item.seed, item.title, item.fileName, item.article, time + n * 60_000))
      contents.push({ documentId: id, blocks: item.article.blocks, text: item.article.text })
      annotations = annotations.concat(toAnnotations(item.seed, item.article, specs, id, tagIds, time))
      titles.push(item.title)
      passages += specs.length
      n++
      // Written in batches, so the page never holds the whole library at once.
      if (annotations.length >= 20_000) {
        await write(db, documents, contents, annotations)
        documents = []
        contents = []
        annotations = []
      }
    }
    await write(db, documents, contents, annotations)
    return { documents: n, passages, titles }
  } finally {
    db.close()
  }
}

/** Replaces the app's codebook with `tags` (e.g. generateCodebook's 60 themes in 3 levels). */
export async function seedCodebook(tags: readonly Tag[]): Promise<void> {
  const db = await openDb()
  try {
    const tx = db.transaction('tags', 'readwrite')
    const store = tx.objectStore('tags')
    store.clear()
    for (const t of tags) store.put(t)
    await done(tx)
  } finally {
    db.close()
  }
}
