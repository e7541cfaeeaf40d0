/** Builders shared by the report's tests (not imported by the renderer). */

import { JSDOM } from 'jsdom'
import type { Annotation, Tag } from '../annotation'
import { blocksToText, type Block } from '../document'
import type { ReportInput } from './renderReport'

export const TAGS: Tag[] = [
  { id: 't-cis', name: 'CIS', color: '#0d9488', description: 'The Commonwealth of Independent States.', order: 2, memo: '', parentId: null, shortcut: null },
  { id: 't-eco', name: 'Economic pressure', color: '#d97706', description: 'Trade, energy and sanctions as leverage.', order: 0, memo: '', parentId: null, shortcut: null },
  { id: 't-hyb', name: 'Hybrid tactics', color: '#7c3aed', description: 'Disinformation, proxies, cyber.', order: 1, memo: '', parentId: null, shortcut: null }
]

export const BLOCKS: Block[] = [
  { type: 'heading', level: 1, text: 'Strikes on SOCAR' },
  { type: 'paragraph', text: 'Energy leverage shaped the talks in Baku.' },
  { type: 'paragraph', text: 'Officials cited <script>alert(1)</script> and "onerror=alert(2) claims.' },
  { type: 'listItem', text: 'Gas prices rose' },
  { type: 'listItem', text: 'Pipelines were sabotaged' },
  { type: 'quote', text: 'The CIS summit was postponed.' },
  { type: 'tableRow', text: 'Country | Exports | Change' }
]

export const TEXT = blocksToText(BLOCKS)

/** An annotation over the `occurrence`-th match of `exact` in `text`. */
export function annotation(
  id: string,
  exact: string,
  tagIds: string[],
  note = '',
  text = TEXT,
  occurrence = 0
): Annotation {
  let start = -1
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(exact, start + 1)
  if (start < 0) throw new Error(`"${exact}" not in text`)
  return {
    id,
    documentId: 'doc-1',
    start,
    end: start + exact.length,
    exact,
    prefix: '',
    suffix: '',
    tagIds,
    note,
    createdAt: 0,
    updatedAt: 0
  }
}

export const ANNOTATIONS: Annotation[] = [
  annotation('a-energy', 'Energy leverage', ['t-eco'], 'Key claim: energy as leverage.'),
  annotation('a-talks', 'leverage shaped the talks', ['t-hyb']),
  annotation('a-gas', 'Gas prices rose', ['t-eco', 't-cis']),
  annotation('a-span', 'sabotaged\n\nThe CIS summit', ['t-hyb']),
  annotation('a-ghost', 'Country', ['t-deleted']),
  annotation('a-script', '<script>alert(1)</script>', ['t-hyb'], 'Payload: <img src=x onerror=alert(3)> & "quotes"')
]

export function input(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    document: {
      title: 'Strikes on SOCAR <b>"live"</b>',
      metadata: { author: 'A. Analyst', date: '2024-05-02', source: 'https://example.org/news', language: 'en' },
      blocks: BLOCKS,
      text: TEXT,
      fileName: 'socar.docx'
    },
    tags: TAGS,
    annotations: ANNOTATIONS,
    generatedAt: new Date('2024-06-01T08:30:00Z'),
    ...overrides
  }
}

export function parse(html: string): Document {
  return new JSDOM(html).window.document
}

/** Article text as a reader sees it: without paragraph numbers and note markers. */
export function visibleArticleText(doc: Document): string {
  const article = doc.querySelector('article.article-text')?.cloneNode(true) as Element | undefined
  if (!article) throw new Error('no article')
  for (const el of article.querySelectorAll('.pnum, .note-ref')) el.remove()
  return article.textContent ?? ''
}
