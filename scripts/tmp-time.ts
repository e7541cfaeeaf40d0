import { libraryItems, generatePassages, BENCH_SEED, FULL_SIZES } from '../bench/data.ts'
import { analysisCodebook } from '../bench/analysis.ts'
import { codeScope, answer } from '../src/shared/stats/analysis.ts'
const tags = analysisCodebook(BENCH_SEED)
const documents: any[] = []
const passages: any[] = []
let n = 0
for (const item of libraryItems(BENCH_SEED, FULL_SIZES)) {
  const id = `d${n++}`
  documents.push({ id, title: item.title, textLength: item.article.text.length, blockStarts: item.article.starts })
  generatePassages(item.seed, item.article, item.passages, tags.length).forEach((s, i) => passages.push({ id: `${id}-${i}`, documentId: id, start: s.start, end: s.end, tagIds: s.themes.map((t) => tags[t % tags.length]!.id) }))
}
for (let round = 0; round < 3; round++) {
  let t = performance.now()
  const coded = codeScope(documents, passages, { themes: tags, chosen: null, rollUp: false })
  const tCode = performance.now() - t
  t = performance.now(); answer(coded, { kind: 'frequencies' }); const tF = performance.now() - t
  t = performance.now(); answer(coded, { kind: 'cooccurrence', by: 'overlap' }); const tC = performance.now() - t
  t = performance.now(); answer(coded, { kind: 'cooccurrence', by: 'paragraph' }); const tP = performance.now() - t
  t = performance.now(); answer(coded, { kind: 'matrix', columns: 'articles', sets: [] }); const tM = performance.now() - t
  console.warn(passages.length, 'code', tCode.toFixed(0), 'freq', tF.toFixed(0), 'cooc', tC.toFixed(0), 'para', tP.toFixed(0), 'matrix', tM.toFixed(0))
}
