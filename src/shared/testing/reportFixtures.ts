/**
 * A report request the format tests share (not imported by the app): the seed article with
 * overlapping passages, notes in Cyrillic, with emoji and quotes, a sub-theme, and a theme whose
 * name is a spreadsheet formula; plus a short second article for reports over several.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Annotation, Tag } from '../annotation'
import { importDocument } from '../import'
import type { ReportArticle, ReportOptions, ReportRequest } from '../report/request'
import { DEFAULT_REPORT_OPTIONS } from '../report/request'

export const CORPUS = resolve(__dirname, '../../../../shared/corpus')

export const FORMULA_THEME = "=cmd|' /C calc'!A0"
export const CYRILLIC_NOTE = 'Ключевой тезис: «энергия как рычаг» — сравнить с 2023 г.'
export const EMOJI_NOTE = 'Watch this 🔥 — he said "no" and \'yes\' & <b>more</b>'

const tag = (id: string, name: string, color: string, order: number, parentId: string | null = null, extra: Partial<Tag> = {}): Tag => ({
  id,
  name,
  color,
  description: '',
  memo: '',
  parentId,
  order,
  shortcut: null,
  ...extra
})

export const TAGS: Tag[] = [
  tag('t-eco', 'Economic pressure', '#d97706', 0, null, { description: 'Trade, energy and sanctions as leverage.', memo: 'Look for gas and oil routes.' }),
  tag('t-energy', 'Energy', '#b45309', 0, 't-eco', { description: 'Gas, oil and their routes.' }),
  tag('t-hyb', 'Hybrid tactics', '#7c3aed', 1, null, { description: 'Disinformation, proxies, cyber.' }),
  tag('t-cis', 'CIS', '#0d9488', 2),
  tag('t-formula', FORMULA_THEME, '#db2777', 3, null, { description: '+SUM(A1:A2)', memo: '@import evil' })
]

export async function seedDocument(): Promise<ReportArticle['document']> {
  const bytes = readFileSync(resolve(CORPUS, 'seed-article.txt'))
  return importDocument(new Uint8Array(bytes), 'seed-article.txt', {})
}

/** An annotation over the first match of `exact` in `text`. */
export function passageOn(text: string, id: string, exact: string, tagIds: string[], note = '', createdAt = Date.UTC(2025, 7, 9, 10)): Annotation {
  const start = text.indexOf(exact)
  if (start < 0) throw new Error(`"${exact}" not in the text`)
  return { id, documentId: 'doc', start, end: start + exact.length, exact, prefix: '', suffix: '', tagIds, note, createdAt, updatedAt: createdAt + 60_000 }
}

export const SEED_PASSAGES: [string, string, string[], string][] = [
  ['p-odesa', 'Repeated missile strikes on the gas infrastructure near Odesa', ['t-eco'], CYRILLIC_NOTE],
  ['p-route', 'the gas infrastructure near Odesa — a key route for Azerbaijani oil exports', ['t-energy', 't-cis'], ''],
  ['p-moscow', 'an attempt by Moscow to exert pressure on Baku', ['t-hyb'], EMOJI_NOTE],
  ['p-socar', 'SOCAR is not just a national oil and gas company', ['t-formula'], '=HYPERLINK("http://evil.example")'],
  ['p-cis', 'the collapse of the CIS', ['t-cis', 't-hyb'], '']
]

export async function seedArticle(): Promise<ReportArticle> {
  const document = await seedDocument()
  return {
    document,
    annotations: SEED_PASSAGES.map(([id, exact, tagIds, note], i) => passageOn(document.text, id, exact, tagIds, note, Date.UTC(2025, 7, 9, 10, i)))
  }
}

export const SECOND_TEXT = 'Baku hosts the talks\n\nGas prices rose across the region after the pipeline was shut.\n\nМинистр заявил, что переговоры продолжатся.'

export function secondArticle(): ReportArticle {
  const blocks = SECOND_TEXT.split('\n\n').map((text, i) => (i === 0 ? { type: 'heading' as const, level: 1, text } : { type: 'paragraph' as const, text }))
  const document = { title: 'Baku hosts the talks', metadata: { date: '2025-09-01', author: 'Aysel Məmmədova' }, blocks, text: SECOND_TEXT, fileName: 'talks.md' }
  return {
    document,
    annotations: [
      passageOn(SECOND_TEXT, 'q-gas', 'Gas prices rose across the region', ['t-eco'], 'Prices, not politics?'),
      passageOn(SECOND_TEXT, 'q-min', 'переговоры продолжатся', ['t-cis'], 'Кириллица в заметке')
    ]
  }
}

export async function request(options: Partial<ReportOptions> = {}, articles?: ReportArticle[]): Promise<ReportRequest> {
  return {
    projectName: 'Caucasus watch',
    analystName: 'Leyla Həsənova',
    articles: articles ?? [await seedArticle()],
    tags: TAGS,
    options: { ...DEFAULT_REPORT_OPTIONS, ...options },
    generatedAt: new Date('2025-08-10T09:00:00Z')
  }
}
