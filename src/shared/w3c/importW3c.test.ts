import { describe, expect, it } from 'vitest'
import { quoteAt, type Annotation } from '../annotation'
import { translator } from '../i18n/format'
import { say } from '../i18n/words'
import { planAnnotationImport } from './importW3c'
import { readAnnotationFile } from './readAnnotations'
import { TAGS } from './testArticles'

const TEXT = 'The pipeline runs through Baku. Officials denied any pressure on the partners.'
const HASH = 'ef'.repeat(32)
const at = (phrase: string) => ({ start: TEXT.indexOf(phrase), end: TEXT.indexOf(phrase) + phrase.length })

function annotation(exact: string, body: unknown, source = 'http://example.org/page'): object {
  return { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', body, target: { source, selector: { type: 'TextQuoteSelector', exact } } }
}

function plan(items: object[], existing: Annotation[] = []) {
  let n = 0
  const file = readAnnotationFile(JSON.stringify(items), 'x.json')
  return planAnnotationImport(file, { documentId: 'doc', contentHash: HASH, text: TEXT, annotations: existing }, { tags: TAGS, now: 5000, newId: () => `id-${n++}` })
}

describe('planning an import', () => {
  it('creates missing themes as a tree under the existing ones, reusing names case-insensitively', () => {
    const result = plan([annotation('pipeline', [{ type: 'TextualBody', purpose: 'tagging', value: 'hybrid TACTICS/Proxies/Energy proxies' }, { type: 'TextualBody', purpose: 'tagging', value: 'Sanctions' }])])
    expect(result.tags.map((t) => [t.name, t.parentId, t.order, t.shortcut])).toEqual([
      ['Proxies', 't-hyb', 1, null],
      ['Energy proxies', 'id-0', 0, null],
      ['Sanctions', null, 2, null]
    ])
    expect(new Set(result.tags.map((t) => t.color)).size).toBe(3)
    expect(result.annotations[0]?.after.tagIds).toEqual(['id-1', 'id-2'])
    expect(result.report.newThemes).toEqual(['Hybrid tactics/Proxies', 'Hybrid tactics/Proxies/Energy proxies', 'Sanctions'])
  })

  it('adds to a passage already on the same range instead of doubling it', () => {
    const existing: Annotation = { id: 'old', documentId: 'doc', ...at('Baku'), ...quoteAt(TEXT, at('Baku').start, at('Baku').end), tagIds: ['t-eco'], note: '', createdAt: 1, updatedAt: 1 }
    const result = plan([annotation('Baku', [{ type: 'TextualBody', purpose: 'tagging', value: 'Hybrid tactics' }, { type: 'TextualBody', value: 'Seen twice.' }]), annotation('Baku', { type: 'TextualBody', value: 'Seen twice.' })], [existing])
    expect(result.annotations).toEqual([{ before: existing, after: { ...existing, tagIds: ['t-eco', 't-hyb'], note: 'Seen twice.', updatedAt: 5000 } }])
    expect(result.report.placed.map((p) => p.merged)).toEqual([true, true])
  })

  it('lists every annotation it could not place, with its quote, and skips those of our other articles', () => {
    const ours = `urn:sha256:${HASH}`
    const result = plan([annotation('pipeline', [], ours), annotation('not in this text at all, anywhere', [], ours), annotation('Officials', [], `urn:sha256:${'00'.repeat(32)}`)])
    expect(result.report.placed.map((p) => p.exact)).toEqual(['pipeline'])
    expect(result.report.orphaned).toMatchObject([{ id: '#2', quote: 'not in this text at all, anywhere', reason: 'its quote is not in this article' }])
    expect(result.report.skipped).toMatchObject([{ id: '#3', reason: `it belongs to another article (urn:sha256:${'00'.repeat(32)})` }])
  })

  it('says why in the reader’s language, for the app, beside the English the CLI prints', () => {
    const ru = translator('ru')
    const result = plan([
      annotation('not in this text at all, anywhere', []),
      annotation('   ', []),
      { type: 'Annotation', target: { source: 'i.jpg', selector: { type: 'FragmentSelector', value: 'xywh=1,2,3,4' } } },
      { type: 'Annotation', target: 'http://example.org/page' }
    ])
    const said = [...result.report.orphaned, ...result.report.skipped].map((r) => [r.reason, say(r.words, ru)])
    expect(said).toEqual([
      ['its quote is not in this article', 'её цитаты нет в этой статье'],
      ['its quote is empty', 'её цитата пуста'],
      ['it marks a region of an image or a video, not a passage of text', 'она отмечает область изображения или видео, а не фрагмент текста'],
      ['it is about a whole resource, not a passage of text', 'она относится ко всему ресурсу, а не к фрагменту текста']
    ])
  })

  it('gives passages the creation and modification times the file states, else the time of the import', () => {
    const dated = { ...annotation('Officials', []), created: '2024-01-05T13:19:14.716Z' }
    const result = plan([dated, annotation('pipeline', [])])
    expect(result.annotations.map((c) => [c.after.exact, c.after.createdAt, c.after.updatedAt])).toEqual([
      ['Officials', Date.parse('2024-01-05T13:19:14.716Z'), Date.parse('2024-01-05T13:19:14.716Z')],
      ['pipeline', 5000, 5000]
    ])
  })
})
