import { it } from 'vitest'
import { BENCH_SEED, generateArticle, generatePassages, toAnnotations, libraryItems } from '../bench/data'
import { TAGS } from './shared/report/requestFixtures'
import { resolveReport } from './shared/report/resolve'
import { renderDocx } from './shared/docx/renderDocx'
import { renderCsv } from './shared/csv/renderCsv'
import { renderXlsx } from './shared/xlsx/renderXlsx'
import { renderResolvedHtml } from './shared/report/renderReport'
import { DEFAULT_REPORT_OPTIONS } from './shared/report/request'
it('times', async () => {
  const article = generateArticle(BENCH_SEED, 1_000_000)
  const specs = generatePassages(BENCH_SEED, article, 10_000, 4)
  const annotations = toAnnotations(BENCH_SEED, article, specs, 'd', TAGS.map((t) => t.id), 0)
  const req = { projectName: 'P', analystName: 'A', articles: [{ document: { title: article.title, metadata: {}, blocks: article.blocks, text: article.text, fileName: 'x.txt' }, annotations }], tags: TAGS, options: DEFAULT_REPORT_OPTIONS, generatedAt: new Date() }
  let t = performance.now()
  const r = resolveReport(req)
  console.log('resolve', performance.now() - t); t = performance.now()
  const h = renderResolvedHtml(r); console.log('html', performance.now() - t, h.length); t = performance.now()
  const d = await renderDocx(r); console.log('docx', performance.now() - t, d.length); t = performance.now()
  const x = await renderXlsx(r); console.log('xlsx', performance.now() - t, x.length); t = performance.now()
  const arts = []
  for (const item of libraryItems(BENCH_SEED, { libraryDocuments: 500, libraryPassages: 100_000, libraryDocumentChars: 20_000 })) {
    const sp = generatePassages(item.seed, item.article, item.passages, 4)
    arts.push({ document: { title: item.title, metadata: {}, blocks: item.article.blocks, text: item.article.text, fileName: item.fileName }, annotations: toAnnotations(item.seed, item.article, sp, 'x', TAGS.map((t) => t.id), 0) })
  }
  t = performance.now()
  const r2 = resolveReport({ ...req, articles: arts })
  const c = renderCsv(r2); console.log('csv 100k', performance.now() - t, c.length)
}, 120_000)
