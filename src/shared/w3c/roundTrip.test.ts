/**
 * Article → W3C → article: every passage comes back where it was, with its quote, context,
 * themes, note and dates, compared field by field — on text full of emoji, curly quotes,
 * combining accents, right-to-left scripts and a CRLF, and on arbitrary texts and passages.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { quoteAt, trimRange, type Annotation, type Tag } from '../annotation'
import { themePath } from '../themeTree'
import { collectionJson, annotationLines } from './exportW3c'
import { planAnnotationImport } from './importW3c'
import { readAnnotationFile } from './readAnnotations'
import { HARD_TEXT, hardPassages, TAGS } from './testArticles'

const HASH = 'cd'.repeat(32)

function roundTrip(text: string, passages: Annotation[], tags: readonly Tag[], importTags: readonly Tag[], lines = false) {
  const input = { articles: [{ title: 'T', contentHash: HASH, text, annotations: passages }], tags, creator: 'A', generatedAt: new Date(0) }
  const file = readAnnotationFile(lines ? annotationLines(input) : collectionJson(input), lines ? 'a.jsonl' : 'a.json')
  let n = 0
  return planAnnotationImport(file, { documentId: 'doc-2', contentHash: HASH, text, annotations: [] }, { tags: importTags, now: 1, newId: () => `new-${n++}` })
}

const FIELDS = ['start', 'end', 'exact', 'prefix', 'suffix', 'tagIds', 'note', 'createdAt', 'updatedAt'] as const
const fields = (a: Annotation) => Object.fromEntries(FIELDS.map((f) => [f, a[f]]))
const byStart = (a: Annotation, b: Annotation) => a.start - b.start || a.end - b.end

describe('article → W3C → article', () => {
  it.each([false, true])('brings back every passage field by field (JSON Lines: %s)', (lines) => {
    const passages = hardPassages('doc-1')
    const plan = roundTrip(HARD_TEXT, passages, TAGS, TAGS, lines)
    expect(plan.report).toMatchObject({ total: passages.length, orphaned: [], skipped: [], newThemes: [] })
    expect(plan.report.placed.every((p) => p.method === 'position' && p.unit === 'code points')).toBe(true)
    expect(plan.tags).toEqual([])
    const back = plan.annotations.map((c) => c.after).sort(byStart)
    expect(back.map(fields)).toEqual([...passages].sort(byStart).map(fields))
    expect(back.every((a) => a.documentId === 'doc-2' && a.id.startsWith('new-'))).toBe(true)
  })

  it('rebuilds the theme tree in a project that has none of the themes', () => {
    const passages = hardPassages('doc-1')
    const plan = roundTrip(HARD_TEXT, passages, TAGS, [])
    expect(plan.report.newThemes).toEqual(['Hybrid tactics', 'Economic pressure', 'Economic pressure/Oil\\/gas', 'Hybrid tactics/Disinformation'])
    const paths = (tags: readonly Tag[], ids: readonly string[]) => ids.map((id) => themePath(tags, id).join(' > '))
    const back = plan.annotations.map((c) => c.after).sort(byStart)
    expect(back.map((a) => paths(plan.tags, a.tagIds))).toEqual([...passages].sort(byStart).map((a) => paths(TAGS, a.tagIds)))
    expect(plan.tags.every((t) => t.shortcut === null && /^#[0-9a-f]{6}$/.test(t.color))).toBe(true)
  })

  it('keeps arbitrary passages on arbitrary texts exactly where they were', () => {
    const char = fc.oneof(
      fc.constantFrom(' ', '\n', '\r\n', '\t', '😀', '👩‍👩‍👧', 'e\u0301', '“', '’', 'ع', 'ש', '\u00a0', '.'),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 })
    )
    const article = fc.array(char, { minLength: 1, maxLength: 80 }).map((parts) => parts.join(''))
    const spans = fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.subarray(TAGS.map((t) => t.id)), fc.string({ maxLength: 12 })), { maxLength: 8 })
    fc.assert(
      fc.property(article, spans, (text, specs) => {
        const seen = new Set<string>()
        const passages: Annotation[] = []
        specs.forEach(([from, length, tagIds, note], i) => {
          // As the app makes them: trimmed, on whole characters, one passage per range.
          const boundary = (o: number) => (/[\udc00-\udfff]/.test(text[o] ?? '') ? o - 1 : o)
          const start = boundary(from % text.length)
          const range = trimRange(text, start, boundary(Math.min(text.length, start + length)))
          if (!range || seen.has(`${range.start}:${range.end}`)) return
          seen.add(`${range.start}:${range.end}`)
          passages.push({ id: `p${i}`, documentId: 'd', ...range, ...quoteAt(text, range.start, range.end), tagIds, note, createdAt: i * 1000, updatedAt: i * 1000 + 1 })
        })
        const plan = roundTrip(text, passages, TAGS, TAGS)
        expect(plan.report.orphaned).toEqual([])
        expect(plan.annotations.map((c) => c.after).sort(byStart).map(fields)).toEqual([...passages].sort(byStart).map(fields))
      }),
      { numRuns: 300 }
    )
  })

  it('finds every passage by its quote alone when the positions are gone', () => {
    const passages = hardPassages('doc-1')
    const input = { articles: [{ title: 'T', contentHash: HASH, text: HARD_TEXT, annotations: passages }], tags: TAGS, creator: 'A', generatedAt: new Date(0) }
    const json = JSON.parse(collectionJson(input))
    for (const item of json.first.items) item.target.selector = item.target.selector.filter((s: { type: string }) => s.type === 'TextQuoteSelector')
    const plan = planAnnotationImport(readAnnotationFile(JSON.stringify(json), 'q.json'), { documentId: 'doc-2', contentHash: HASH, text: HARD_TEXT, annotations: [] }, { tags: TAGS, now: 1 })
    expect(plan.report.placed.map((p) => p.method)).toEqual(passages.map(() => 'quote'))
    expect(plan.annotations.map((c) => c.after).sort(byStart).map(fields)).toEqual([...passages].sort(byStart).map(fields))
  })

  it('finds passages approximately after the article was edited a little, and says so', () => {
    const passages = hardPassages('doc-1')
    const input = { articles: [{ title: 'T', contentHash: HASH, text: HARD_TEXT, annotations: passages }], tags: TAGS, creator: 'A', generatedAt: new Date(0) }
    // A letter changed inside one passage, and words added at the start of another (too short to
    // be matched approximately: it is orphaned), moving every later offset.
    const edited = HARD_TEXT.replace('an emoji inside', 'an emojі inside').replace('It’s “leverage”', 'Well, it’s “leverage”')
    const plan = planAnnotationImport(readAnnotationFile(collectionJson(input), 'e.json'), { documentId: 'doc-2', contentHash: HASH, text: edited, annotations: [] }, { tags: TAGS, now: 1 })
    expect(plan.report.orphaned.map((o) => o.quote)).toEqual(['It’s “leverage”'])
    const fuzzy = plan.report.placed.filter((p) => p.method === 'fuzzy')
    expect(fuzzy.map((p) => [p.exact, p.errors])).toEqual([['emojі inside 🛢️ the passage', 1]])
    // Before the insertion positions still hold; after it, each passage is found by its quote.
    expect(plan.report.placed.filter((p) => p.method === 'position').map((p) => p.exact)).toEqual(['“collapse” of the CIS 👩‍👩‍👧'])
    expect(plan.report.placed.filter((p) => p.method === 'quote')).toHaveLength(5)
    for (const p of plan.report.placed) expect(edited.slice(p.start, p.end)).toBe(p.exact)
  })
})
