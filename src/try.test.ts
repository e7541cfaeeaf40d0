import { writeFileSync } from 'node:fs'
import { it } from 'vitest'
import { request, secondArticle, seedArticle } from './shared/report/requestFixtures'
import { resolveReport } from './shared/report/resolve'
import { renderDocx } from './shared/docx/renderDocx'
import { renderMarkdown } from './shared/markdown/renderMarkdown'
import { renderCsv } from './shared/csv/renderCsv'
import { renderXlsx } from './shared/xlsx/renderXlsx'
import { renderResolvedHtml } from './shared/report/renderReport'
it('writes', async () => {
  const r1 = resolveReport(await request({ contextChars: 40 }))
  writeFileSync('/tmp/rep/one.docx', await renderDocx(r1))
  writeFileSync('/tmp/rep/one.md', renderMarkdown(r1))
  writeFileSync('/tmp/rep/one.csv', renderCsv(r1))
  writeFileSync('/tmp/rep/one.xlsx', await renderXlsx(r1))
  writeFileSync('/tmp/rep/one.html', renderResolvedHtml(r1))
  const r2 = resolveReport(await request({ order: 'article' }, [await seedArticle(), secondArticle()]))
  writeFileSync('/tmp/rep/two.docx', await renderDocx(r2))
  writeFileSync('/tmp/rep/two.md', renderMarkdown(r2))
  writeFileSync('/tmp/rep/two.html', renderResolvedHtml(r2))
})
