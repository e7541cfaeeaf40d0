/**
 * Every annotation file in ../shared/external/w3c/ (written by other tools: see its SOURCES.md)
 * imports, with the counts that page gives, and nothing dropped: each annotation is placed,
 * orphaned or skipped with a reason. Pages that come with a file are imported with the app's own
 * importer and the annotations anchored on the canonical text.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { nodeImportEnv } from '../../main/services/nodeImportEnv'
import { importDocument } from '../import'
import { planAnnotationImport, type W3cImportReport } from './importW3c'
import { readAnnotationFile, type AnnotationFile } from './readAnnotations'
import { EXTERNAL_W3C } from './testSupport'

const read = (name: string): AnnotationFile => readAnnotationFile(readFileSync(join(EXTERNAL_W3C, name), 'utf8'), name)

async function pageText(name: string): Promise<string> {
  return (await importDocument(new Uint8Array(readFileSync(join(EXTERNAL_W3C, name))), name, nodeImportEnv())).text
}

function anchorOn(file: AnnotationFile, text: string): W3cImportReport {
  return planAnnotationImport(file, { documentId: 'd', contentHash: '0'.repeat(64), text, annotations: [] }, { tags: [], now: 0 }).report
}

/** A text holding each quote with its prefix and suffix: stands in for a page the corpus lacks. */
function textOfQuotes(file: AnnotationFile): string {
  return file.annotations
    .map((a) => a.selectors?.quote)
    .filter((q) => q !== undefined)
    .map((q) => `${q.prefix ?? ''}${q.exact}${q.suffix ?? ''}`)
    .join('\n\n')
}

const counts = (r: W3cImportReport) => ({ total: r.total, placed: r.placed.length, orphaned: r.orphaned.length, skipped: r.skipped.length })

describe('real annotation files from other tools', () => {
  it('Hypothesis (Wikipedia baseline): 5 rows; 4 anchor on the imported article, the footer date is orphaned', async () => {
    const file = read('hypothesis-api--wikipedia-regression-testing.json')
    expect(file.kind).toBe('Hypothesis API')
    const report = anchorOn(file, await pageText('hypothesis-api--wikipedia-regression-testing.html'))
    expect(counts(report)).toEqual({ total: 5, placed: 4, orphaned: 1, skipped: 0 })
    // The importer keeps the article, not the page footer the fifth one marks.
    expect(report.orphaned).toMatchObject([{ id: 'LOCXbsOCEeaQl6f6fQh87Q', quote: '11 November 2016', reason: 'its quote is not in this article' }])
    expect(report.placed.map((p) => p.exact.slice(0, 40))).toContain('The purpose of regression testing is to ')
  })

  it('Hypothesis (Wikipedia baseline) on the page\'s own text: 4 positions hold in UTF-16 units, the stale one is found by its quote', () => {
    const html = readFileSync(join(EXTERNAL_W3C, 'hypothesis-api--wikipedia-regression-testing.html'), 'utf8')
    const body = new JSDOM(html).window.document.body.textContent ?? ''
    const report = anchorOn(read('hypothesis-api--wikipedia-regression-testing.json'), body)
    expect(counts(report)).toEqual({ total: 5, placed: 5, orphaned: 0, skipped: 0 })
    expect(report.placed.filter((p) => p.method === 'position')).toHaveLength(4)
    expect(report.placed.find((p) => p.id === 'LOCXbsOCEeaQl6f6fQh87Q')).toMatchObject({ method: 'quote', exact: '11 November 2016' })
  })

  it('Hypothesis (QDR, one page of a paginated response): 20 of a declared 23 rows, all text, all anchor on their quotes', () => {
    const file = read('hypothesis-api--qdr-ati-annotationFile.json')
    expect(file).toMatchObject({ kind: 'Hypothesis API', declaredTotal: 23 })
    const report = anchorOn(file, textOfQuotes(file))
    expect(counts(report)).toEqual({ total: 20, placed: 20, orphaned: 0, skipped: 0 })
    expect(report.declaredTotal).toBe(23)
    // The article is not in the corpus: onto another text every one is listed as orphaned, none dropped.
    expect(counts(anchorOn(file, 'An unrelated article about grain corridors.'))).toEqual({ total: 20, placed: 0, orphaned: 20, skipped: 0 })
    // Its comments are kept as notes, as written (Markdown with escaped HTML).
    expect(file.annotations[0]?.notes[0]).toMatch(/^&lt;a href="https:\/\/qdr\.syr\.edu\/ati"&gt;/)
  })

  it('RecogitoJS: 4 annotations; the 3 text ones anchor on the edited demo page by quote, the link between annotations is skipped', async () => {
    const file = read('recogito-js--annotations.w3c.json')
    const report = anchorOn(file, await pageText('recogito-js--index.html'))
    expect(counts(report)).toEqual({ total: 4, placed: 3, orphaned: 0, skipped: 1 })
    expect(report.placed.map((p) => [p.exact, p.method])).toEqual([
      ['Troy', 'quote'],
      ['death in battle', 'quote'],
      ['Ithaca', 'quote']
    ])
    expect(report.newThemes).toEqual(['A Tag', 'Another Tag'])
    expect(file.annotations[0]).toMatchObject({ themes: [['A Tag'], ['Another Tag']], notes: ['This is a comment'] })
  })

  it('text-annotator: 5 annotations with empty bodies all anchor; the quote that differs from the page only in whitespace too', async () => {
    const file = read('text-annotator--annotations.w3c.json')
    const report = anchorOn(file, await pageText('text-annotator--index.html'))
    expect(counts(report)).toEqual({ total: 5, placed: 5, orphaned: 0, skipped: 0 })
    expect(report.placed.find((p) => p.exact.startsWith('Now Neptune'))?.exact).toHaveLength(165)
    expect(file.annotations.every((a) => a.themes.length === 0 && a.notes.length === 0)).toBe(true)
  })

  it('Scholarly Web Annotation: 25 annotations; the 6 on text anchor, the 13 on images and video, 5 whole resources and 1 on an annotation are skipped', () => {
    const file = read('swa--annotations.json')
    const report = anchorOn(file, textOfQuotes(file))
    expect(counts(report)).toEqual({ total: 25, placed: 6, orphaned: 0, skipped: 19 })
    const reasons = report.skipped.map((s) => s.reason)
    expect(reasons.filter((r) => r.includes('image or a video'))).toHaveLength(13)
    expect(reasons.filter((r) => r.includes('whole resource'))).toHaveLength(5)
    expect(reasons.filter((r) => r.includes('another annotation'))).toHaveLength(1)
    // Its "classification" bodies are themes; a "transcription" is a note.
    expect(file.annotations[0]).toMatchObject({ themes: [['Underline']], notes: ['benauwd'] })
    // One quote starts with a space: the passage starts on the word.
    expect(report.placed.map((p) => p.exact)).toContain('Woensdag 2 Maart 1812')
  })

  it('Annotorious: 2 image annotations, both skipped with the reason', () => {
    const report = anchorOn(read('annotorious--annotations.w3c.json'), 'Any text.')
    expect(counts(report)).toEqual({ total: 2, placed: 0, orphaned: 0, skipped: 2 })
    expect(report.skipped[0]?.reason).toBe('it marks a region of an image or a video, not a passage of text')
  })

  it('the W3C spec examples: 41 annotations and the collection of 41; the text selectors (anno26, 27, 32, 41) are read', () => {
    const dir = join(EXTERNAL_W3C, 'w3c-spec-examples')
    const files = readdirSync(dir).filter((f) => /^anno\d+\.json$/.test(f))
    expect(files).toHaveLength(41)
    const withText: string[] = []
    for (const name of files) {
      const file = readAnnotationFile(readFileSync(join(dir, name), 'utf8'), name)
      expect(file.annotations).toHaveLength(1)
      if (file.annotations[0]?.selectors) withText.push(name)
    }
    expect(withText.sort()).toEqual(['anno26.json', 'anno27.json', 'anno32.json'])
    const collection = readAnnotationFile(readFileSync(join(dir, 'collection1.json'), 'utf8'), 'collection1.json')
    expect(collection).toMatchObject({ kind: 'W3C AnnotationCollection', declaredTotal: 41 })
    const report = anchorOn(collection, 'this is an anotation that has some text before the Selected Text and text after it')
    expect(counts(report)).toEqual({ total: 41, placed: 2, orphaned: 1, skipped: 38 })
    expect(report.placed.map((p) => p.exact)).toEqual(['anotation', 'Selected Text'])
    // anno41 refines a fragment with a position inside it: it cannot be placed, and says why.
    expect(report.skipped.find((s) => s.id === 'http://example.org/anno41')?.reason).toMatch(/counts from a part of a page/)
  })
})
