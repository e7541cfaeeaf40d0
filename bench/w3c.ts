/**
 * w3cImport10kMs (issue #10): 10,000 W3C annotations placed on the 1 MB article by their quotes
 * (TextQuoteSelector only: exact, 32 characters of prefix and suffix) — reading the file, finding
 * every quote, building the passages and the report — in plain Node, with the app's own code.
 * Imported by run.ts after scripts/sourceHooks.mjs, which lets Node load our TypeScript source.
 */
import { performance } from 'node:perf_hooks'
import type { Tag } from '../src/shared/annotation'
import { collectionJson } from '../src/shared/w3c/exportW3c'
import { planAnnotationImport } from '../src/shared/w3c/importW3c'
import { readAnnotationFile } from '../src/shared/w3c/readAnnotations'
import { generateArticle, generatePassages, toAnnotations, type BenchSizes } from './data.ts'

const THEMES: Tag[] = ['Economic pressure', 'Hybrid tactics', 'CIS', 'Energy', 'Media'].map((name, i) => ({
  id: `t${i}`,
  name,
  color: '#d97706',
  description: '',
  memo: '',
  parentId: null,
  order: i,
  shortcut: null
}))

export interface W3cBench {
  w3cImport10kMs: number
}

/** Median over `runs` of the import; throws if a single annotation lands anywhere but where it was. */
export function measureW3cImport(seed: number, sizes: BenchSizes, runs: number): W3cBench {
  const article = generateArticle(seed, sizes.articleChars)
  const passages = toAnnotations(seed, article, generatePassages(seed, article, sizes.highlights, THEMES.length), 'bench', THEMES.map((t) => t.id), Date.UTC(2025, 0, 1))
  const collection = JSON.parse(collectionJson({ articles: [{ title: article.title, contentHash: '0'.repeat(64), text: article.text, annotations: passages }], tags: THEMES, creator: 'Bench', generatedAt: new Date(0) }))
  for (const item of collection.first.items) item.target.selector = item.target.selector.filter((s: { type: string }) => s.type === 'TextQuoteSelector')
  const json = JSON.stringify(collection)
  const expected = new Set(passages.map((p) => `${p.start}:${p.end}`))
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const t0 = performance.now()
    const plan = planAnnotationImport(readAnnotationFile(json, 'bench.json'), { documentId: 'bench', contentHash: '1'.repeat(64), text: article.text, annotations: [] }, { tags: THEMES, now: 0 })
    times.push(performance.now() - t0)
    const moved = plan.report.placed.filter((p) => p.method !== 'quote' || !expected.has(`${p.start}:${p.end}`))
    if (plan.report.placed.length !== passages.length || moved.length > 0) {
      throw new Error(`W3C import placed ${plan.report.placed.length} of ${passages.length} annotations, ${moved.length} not where they were.`)
    }
  }
  times.sort((a, b) => a - b)
  return { w3cImport10kMs: times[Math.floor(times.length / 2)] as number }
}
