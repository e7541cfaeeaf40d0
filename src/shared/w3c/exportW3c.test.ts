import { describe, expect, it } from 'vitest'
import { annotationLines, collectionJson, toAnnotationCollection, toW3cAnnotations, type W3cExportInput } from './exportW3c'
import { HARD_TEXT, hardPassages, TAGS } from './testArticles'
import { mustsValidator } from './testSupport'

const HASH = 'ab'.repeat(32)
const input = (): W3cExportInput => ({
  articles: [{ title: 'Strikes on SOCAR', contentHash: HASH, text: HARD_TEXT, annotations: hardPassages('doc-1') }],
  tags: TAGS,
  creator: 'A. Analyst',
  generatedAt: new Date(Date.UTC(2025, 7, 10, 12)),
  collectionId: 'urn:uuid:6f1c2d2e-7d0b-4b7e-9a55-1c1f0e2a9b10'
})

describe('W3C export', () => {
  const annotations = toW3cAnnotations(input())

  it('passes every "must" assertion of the W3C test suite, annotation by annotation', () => {
    const musts = mustsValidator('annotations/annotationMusts.test')
    expect(annotations).toHaveLength(8)
    for (const a of annotations) expect(musts(a), a.id).toEqual([])
  })

  it('writes a collection that passes the suite\'s collection "musts", with valid annotations inside', () => {
    const collection = JSON.parse(collectionJson(input()))
    expect(mustsValidator('collections/collectionMusts.test')(collection)).toEqual([])
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 8, label: 'Passages of “Strikes on SOCAR”', first: { type: 'AnnotationPage', startIndex: 0 } })
    const musts = mustsValidator('annotations/annotationMusts.test')
    for (const a of collection.first.items) expect(musts(a)).toEqual([])
  })

  it('counts positions in code points: an emoji before a passage counts once', () => {
    const crlf = annotations.find((a) => a.target.selector[0].exact.startsWith('CRLF'))
    const start = HARD_TEXT.indexOf('CRLF')
    expect(crlf?.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: Array.from(HARD_TEXT.slice(0, start)).length, end: Array.from(HARD_TEXT.slice(0, start + 'CRLF\r\nand one more'.length)).length })
    expect(Array.from(HARD_TEXT.slice(0, start)).length).toBeLessThan(start)
  })

  it('keeps 32 code points of context each side without splitting a character', () => {
    for (const a of annotations) {
      const [quote] = a.target.selector
      expect(Array.from(quote.prefix).length).toBeLessThanOrEqual(32)
      expect(Array.from(quote.suffix).length).toBeLessThanOrEqual(32)
      expect(quote.prefix + quote.exact + quote.suffix).toMatch(/^(?:[^\ud800-\udfff]|[\ud800-\udbff][\udc00-\udfff])*$/)
      expect(HARD_TEXT).toContain(quote.prefix + quote.exact + quote.suffix)
    }
  })

  it('writes themes as tagging bodies with their path, notes as commenting bodies, and who and when', () => {
    const curly = annotations.find((a) => a.target.selector[0].exact === 'It’s “leverage”')
    expect(curly).toMatchObject({
      id: 'urn:uuid:00000001-1111-4222-8333-444444444444',
      motivation: 'tagging',
      created: '2025-08-08T09:01:30.123Z',
      modified: '2025-08-09T10:01:00.456Z',
      creator: { type: 'Person', name: 'A. Analyst' },
      generator: { type: 'Software', name: 'Themata' },
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: 'Economic pressure', format: 'text/plain' },
        { type: 'TextualBody', purpose: 'tagging', value: 'Economic pressure/Oil\\/gas', format: 'text/plain' },
        { type: 'TextualBody', purpose: 'commenting', value: 'Curly quotes — and a note\nover two lines.', format: 'text/plain' }
      ],
      target: { type: 'SpecificResource', source: { id: `urn:sha256:${HASH}`, type: 'Text', label: 'Strikes on SOCAR' } }
    })
    expect(annotations.find((a) => a.target.selector[0].exact === 'Café and cafe\u0301')).toMatchObject({ motivation: 'commenting' })
    expect(annotations.find((a) => a.target.selector[0].exact === 'minister 👍🏽')).toMatchObject({ motivation: 'highlighting' })
    expect(annotations.find((a) => a.target.selector[0].exact === 'minister 👍🏽')).not.toHaveProperty('body')
    expect(annotations.find((a) => a.target.selector[0].exact === 'الضغط الاقتصادي على باكو')?.body?.[0]?.value).toBe('Hybrid tactics/Disinformation')
  })

  it('writes one complete annotation per line as JSON Lines', () => {
    const lines = annotationLines(input()).trimEnd().split('\n')
    expect(lines).toHaveLength(8)
    expect(lines.map((l) => JSON.parse(l))).toEqual(annotations)
  })

  it('writes an empty collection without a first page', () => {
    const empty = toAnnotationCollection({ ...input(), articles: [] })
    expect(empty).toMatchObject({ total: 0, label: 'Passages of 0 articles' })
    expect(empty).not.toHaveProperty('first')
    expect(mustsValidator('collections/collectionMusts.test')(empty)).toEqual([])
  })
})
