import { describe, expect, it } from 'vitest'
import { translator } from '../i18n/format'
import { describeError } from '../i18n/words'
import { AnnotationFileError, readAnnotationFile } from './readAnnotations'

const one = (annotation: object) => readAnnotationFile(JSON.stringify(annotation), 'a.json').annotations[0]
const quote = { type: 'TextQuoteSelector', exact: 'gas route', prefix: 'the ', suffix: ' was' }

describe('reading annotation files', () => {
  it('reads a selector given as an object, an array, or nested in refinedBy and RangeSelector', () => {
    expect(one({ target: { source: 'x', selector: quote } })?.selectors).toEqual({ quote: { exact: 'gas route', prefix: 'the ', suffix: ' was' } })
    expect(one({ target: { source: 'x', selector: [{ type: 'TextPositionSelector', start: 3, end: 9 }, quote] } })?.selectors).toMatchObject({ position: { start: 3, end: 9 } })
    expect(one({ target: { source: 'x', selector: { type: 'FragmentSelector', value: 'para5', refinedBy: quote } } })?.selectors?.quote?.exact).toBe('gas route')
    expect(one({ target: { source: 'x', selector: { type: 'RangeSelector', startSelector: { type: 'XPathSelector', value: '/p[1]' }, endSelector: { type: 'XPathSelector', value: '/p[2]' } } } })).toMatchObject({ selectors: null, notText: { reason: expect.stringMatching(/whole resource/) } })
  })

  it('reads bodies absent, empty, a string, an object, an array, a Choice, and bodyValue', () => {
    expect(one({ target: { selector: quote } })).toMatchObject({ themes: [], notes: [] })
    expect(one({ body: [], target: { selector: quote } })).toMatchObject({ themes: [], notes: [] })
    expect(one({ body: 'http://example.org/comment1', target: { selector: quote } })?.notes).toEqual(['http://example.org/comment1'])
    expect(one({ body: { type: 'TextualBody', value: 'A/B', purpose: 'tagging' }, target: { selector: quote } })?.themes).toEqual([['A', 'B']])
    expect(one({ motivation: 'tagging', body: [{ type: 'TextualBody', value: 'Energy' }], target: { selector: quote } })?.themes).toEqual([['Energy']])
    expect(one({ body: { type: 'Choice', items: [{ type: 'TextualBody', value: 'first' }, { type: 'TextualBody', value: 'second' }] }, target: { selector: quote } })?.notes).toEqual(['first'])
    expect(one({ bodyValue: 'Comment text', target: { selector: quote } })?.notes).toEqual(['Comment text'])
  })

  it('reads Hypothesis rows: text is the note, tags are themes, updated is the modification time', () => {
    const file = readAnnotationFile(JSON.stringify({ total: 1, rows: [{ id: 'h1', text: 'Why?', tags: ['Hybrid tactics/Proxies', ''], created: '2016-12-16T11:24:14.673557+00:00', updated: '2016-12-17T00:00:00Z', target: [{ source: 'https://e.org', selector: [quote] }] }] }), 'h.json')
    expect(file.kind).toBe('Hypothesis API')
    expect(file.annotations[0]).toMatchObject({ id: 'h1', notes: ['Why?'], themes: [['Hybrid tactics', 'Proxies']], created: Date.parse('2016-12-16T11:24:14.673Z'), modified: Date.parse('2016-12-17T00:00:00Z'), source: 'https://e.org' })
  })

  it('reads one annotation per line, and numbers annotations without an id', () => {
    const file = readAnnotationFile(`${JSON.stringify({ target: { selector: quote } })}\n\n${JSON.stringify({ id: 'b', target: 'http://e.org' })}\n`, 'a.jsonl')
    expect(file.kind).toBe('JSON lines')
    expect(file.annotations.map((a) => a.id)).toEqual(['#1', 'b'])
  })

  it('says why an annotation is not about a passage of text', () => {
    expect(one({ target: 'http://example.org/page1' })?.notText?.reason).toBe('it is about a whole resource, not a passage of text')
    expect(one({ target: { source: 'x', selector: null } })?.notText?.reason).toBe('it is about a whole resource, not a passage of text')
    expect(one({ target: { source: 'i.jpg', selector: { type: 'FragmentSelector', value: 'xywh=1,2,3,4' } } })?.notText?.reason).toBe('it marks a region of an image or a video, not a passage of text')
    expect(one({ target: { type: 'Annotation', source: 'urn:uuid:1' } })?.notText?.reason).toBe('it annotates another annotation')
    expect(one({ type: 'Annotation', body: 'x' })?.notText?.reason).toBe('it has no target')
  })

  it('refuses what is not an annotation file with one sentence', () => {
    expect(() => readAnnotationFile('', 'e.json')).toThrow(AnnotationFileError)
    expect(() => readAnnotationFile('', 'e.json')).toThrow('“e.json” is empty.')
    expect(() => readAnnotationFile('{"rows": [', 'b.json')).toThrow('“b.json” is not valid JSON, so it holds no annotations Themata can read.')
    expect(() => readAnnotationFile('{"title": "a codebook"}', 'c.json')).toThrow(/^“c\.json” holds no annotations: expected W3C Web Annotations/)
  })

  it('words its refusals in the reader’s language for the app', () => {
    const ru = translator('ru')
    const refusal = (text: string, name: string): string => {
      try {
        readAnnotationFile(text, name)
      } catch (error) {
        return describeError(error, ru)
      }
      return 'read'
    }
    expect(refusal('', 'e.json')).toBe('«e.json» пуст.')
    expect(refusal('{"rows": [', 'b.json')).toBe('«b.json» — некорректный JSON, поэтому в нём нет аннотаций, которые Themata может прочитать.')
    expect(refusal('{"title": "a codebook"}', 'c.json')).toMatch(/^В «c\.json» нет аннотаций: ожидались аннотации W3C Web Annotation/)
  })
})
