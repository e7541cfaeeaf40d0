import { describe, expect, it } from 'vitest'
import { DEFAULT_REPORT_OPTIONS } from './request'
import { renderHtmlReport } from './renderReport'
import { input, parse } from './testFixtures'

/** The report of the fixtures' article, in `locale`. */
function report(locale: 'en' | 'ru' | 'az'): Document {
  const { document, tags, annotations, generatedAt } = input()
  return parse(
    renderHtmlReport({ projectName: 'P', analystName: '', articles: [{ document, annotations }], tags, options: DEFAULT_REPORT_OPTIONS, generatedAt, locale })
  )
}

const headings = (doc: Document): string[] => [...doc.querySelectorAll('section.report-section > h2')].map((h) => h.textContent ?? '')

describe('the report speaks the language it is asked for', () => {
  it('is English by default', () => {
    const doc = report('en')
    expect(doc.documentElement.lang).toBe('en')
    expect(headings(doc)).toEqual(['Themes', 'Summary', 'Article', 'Notes', 'Passages by theme'])
  })

  it('words its headings, table and counts in Russian, the articles’ own text untouched', () => {
    const doc = report('ru')
    expect(doc.documentElement.lang).toBe('ru')
    expect(headings(doc)).toEqual(['Темы', 'Сводка', 'Статья', 'Заметки', 'Фрагменты по темам'])
    expect([...doc.querySelectorAll('.summary-table thead th')].map((th) => th.textContent)).toEqual(['Тема', 'Фрагменты', 'Доля текста'])
    expect(doc.querySelector('.summary-table .total th')?.textContent).toBe('Все фрагменты')
    // Shares in the locale's way: a decimal comma.
    expect(doc.querySelector('.summary-table .total .share')?.textContent).toMatch(/^\d+,\d\s?%$/)
    expect(doc.querySelector('.passages-section .count')?.textContent).toMatch(/^\(\d+ фрагмент(а|ов)?\)$/)
    expect(doc.querySelector('.article-text')?.textContent).toContain('Strikes on SOCAR')
  })

  it('words its headings in Azerbaijani', () => {
    const doc = report('az')
    expect(doc.documentElement.lang).toBe('az')
    expect(headings(doc)).toEqual(['Mövzular', 'Xülasə', 'Məqalə', 'Qeydlər', 'Mövzular üzrə fraqmentlər'])
    expect(doc.querySelector('.report-header .eyebrow')?.textContent).toBe('Themata · annotasiyalı hesabat')
  })
})
