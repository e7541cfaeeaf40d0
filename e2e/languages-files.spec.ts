/**
 * Files Themata cannot read, and what an import could not place, told in Russian: a web page saved
 * as .qdpx, a codebook with a nameless code and a file that holds no annotations are refused with
 * the Russian sentence; the report of an ATLAS.ti project and of an annotation import say in Russian
 * what they left out. Screenshots are kept in test-results/ to be looked at.
 */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REFI_QDA } from '../src/shared/qdpx/testSupport'
import { article, CORPUS, openApp, SEED_TITLE } from './support/article'
import { expect, test } from './support/desktopBridge'

test.use({ locale: 'ru-RU' })

/** Writes `text` to a new temporary file called `name`; its path. */
async function fileOf(name: string, text: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'themata-ru-')), name)
  await writeFile(path, text)
  return path
}

test('a web page saved as .qdpx, a broken codebook and a file without annotations are refused in Russian', async ({ page, desktop }) => {
  await openApp(page)
  desktop.nextProject = join(REFI_QDA, 'broken--demo-is-html.qdpx')
  await desktop.menu('import-project')
  await expect(page.getByRole('alert').filter({ hasText: 'broken--demo' })).toHaveText(/^«broken--demo-is-html\.qdpx» — не zip-архив, а значит, не проект REFI-QDA \(\.qdpx\)\./)
  await page.screenshot({ path: 'test-results/languages-ru-project-refused.png' })

  desktop.nextCodebook = await fileOf(
    'themes.qdc',
    '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="7c2d3c1e-1111-4a5b-9c3d-000000000001" name="Экономика"><Code guid="7c2d3c1e-1111-4a5b-9c3d-000000000002" name=" "/></Code></Codes></CodeBook>'
  )
  await desktop.menu('import-codebook')
  await expect(page.getByRole('alert').filter({ hasText: 'themes.qdc' })).toHaveText(/^В «themes\.qdc» есть код без названия \(внутри «Экономика»\), поэтому файл нельзя импортировать\./)

  desktop.nextArticle = join(CORPUS, 'seed-article.txt')
  await desktop.menu('open')
  await expect(article(page).locator('h1')).toHaveText(SEED_TITLE)
  desktop.nextAnnotations = await fileOf('notes.json', '{"title": "не аннотации"}')
  await desktop.menu('import-annotations')
  await expect(page.getByRole('alert').filter({ hasText: 'notes.json' })).toHaveText(/^В «notes\.json» нет аннотаций: ожидались аннотации W3C Web Annotation/)
})

test('the reports of a project import and an annotation import say in Russian what they left out', async ({ page, desktop }) => {
  await openApp(page)
  desktop.nextProject = join(REFI_QDA, 'atlasti8-mac--TestProject.qdpx')
  await desktop.menu('import-project')
  const report = page.getByRole('dialog', { name: /^«atlasti8-mac--TestProject\.qdpx» импортирован как/ })
  const left = report.getByRole('list', { name: 'Не импортировано' })
  await expect(left).toContainText('cornflakes-n-milk.jpg: пропущен: это изображение, а Themata импортирует только текст; его 1 выделение не импортировано')
  await expect(left).toContainText('1994 Diet Coke-Diet Coke Break.mp4: пропущен: это видео, а Themata импортирует только текст; его 2 выделения не импортированы')
  await expect(left).toContainText('Mabel.txt: выделение 0–410 (коды: «bacon and eggs», «cornflakes», «happiness»): без текста источника разместить не удалось')
  await expect(left).toContainText('Подборка «Feelings»: не импортирована: она объединяет коды, а подборки в Themata объединяют статьи')
  await expect(left).not.toContainText(/not imported|skipped|selection/)
  await page.screenshot({ path: 'test-results/languages-ru-project-report.png' })
  await report.getByRole('button', { name: 'Закрыть' }).click()
  await expect(report).toBeHidden()

  desktop.nextArticle = join(CORPUS, 'seed-article.txt')
  await desktop.menu('open')
  await expect(article(page).locator('h1')).toHaveText(SEED_TITLE)
  desktop.nextAnnotations = await fileOf(
    'elsewhere.json',
    JSON.stringify([
      { type: 'Annotation', target: { selector: { type: 'TextQuoteSelector', exact: 'a sentence this article does not have' } } },
      { type: 'Annotation', target: 'http://example.org/page' }
    ])
  )
  await desktop.menu('import-annotations')
  const annotations = page.getByRole('dialog', { name: 'Аннотации, импортированные из «elsewhere.json»' })
  await expect(annotations.getByRole('list', { name: 'Потерянные аннотации' })).toHaveText('a sentence this article does not have её цитаты нет в этой статье')
  await expect(annotations).toContainText('она относится ко всему ресурсу, а не к фрагменту текста')
  await page.screenshot({ path: 'test-results/languages-ru-annotation-report.png' })
})
