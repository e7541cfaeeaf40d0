import { describe, expect, it } from 'vitest'
import { blocksToText, type Block } from '../document'
import { annotation, TAGS } from './testFixtures'
import { previewRequest } from './preview'
import { DEFAULT_REPORT_OPTIONS, type ReportArticle } from './request'

function article(n: number): ReportArticle {
  const blocks: Block[] = Array.from({ length: n }, (_, i) => ({ type: 'paragraph', text: `Paragraph ${i + 1} about gas.` }))
  const text = blocksToText(blocks)
  return {
    document: { title: `A${n}`, metadata: {}, blocks, text, fileName: 'a.txt' },
    annotations: n >= 10 ? [annotation('early', 'Paragraph 1 about', ['t-eco'], '', text), annotation('across', 'gas.\n\nParagraph 3', ['t-eco'], '', text), annotation('late', 'Paragraph 9 about', ['t-eco'], '', text)] : []
  }
}

describe('previewRequest', () => {
  const request = { projectName: 'P', analystName: '', tags: TAGS, options: DEFAULT_REPORT_OPTIONS, generatedAt: new Date(0) }

  it('keeps a short report whole', () => {
    const whole = { ...request, articles: [article(5), article(10)] }
    expect(previewRequest(whole, { articles: 3, blocks: 10 })).toEqual({ request: whole, shortened: false })
  })

  it('keeps the first articles and paragraphs, the passages starting there, cut at the end', () => {
    const { request: cut, shortened } = previewRequest({ ...request, articles: [article(10), article(2), article(2), article(2)] }, { articles: 3, blocks: 2 })
    expect(shortened).toBe(true)
    expect(cut.articles.map((a) => a.document.blocks.length)).toEqual([2, 2, 2])
    const first = cut.articles[0] as ReportArticle
    expect(first.document.text).toBe('Paragraph 1 about gas.\n\nParagraph 2 about gas.')
    expect(first.annotations.map((a) => [a.id, a.end <= first.document.text.length])).toEqual([
      ['early', true],
      ['across', true]
    ])
  })
})
