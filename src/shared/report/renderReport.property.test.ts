import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Annotation } from '../annotation'
import { blocksToText, type Block, type BlockType } from '../document'
import { renderReport } from './renderReport'
import { input, parse, TAGS, visibleArticleText } from './testFixtures'

const TYPES: BlockType[] = ['heading', 'paragraph', 'listItem', 'quote', 'tableRow']

/** Pieces that stress escaping and table cells, mixed with arbitrary code units. */
const PIECES = [' | ', '|', ' ', '<script>', '"onerror=', "'", '&amp;', '\r', '\0', 'é', '😀', 'word']

/** Any text a block may hold: never empty, no newline (the document model's guarantee). */
const blockText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 8 })), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join('').replace(/\n/g, ' '))
  .filter((s) => s.length > 0)

const block: fc.Arbitrary<Block> = fc.record({
  type: fc.constantFrom(...TYPES),
  level: fc.integer({ min: 1, max: 6 }),
  text: blockText
})

const TAG_IDS = [...TAGS.map((t) => t.id), 't-deleted']

/** Blocks plus annotations over valid, possibly overlapping, possibly cross-block ranges. */
const scenario = fc.array(block, { minLength: 1, maxLength: 8 }).chain((blocks) => {
  const text = blocksToText(blocks)
  const range = fc
    .tuple(fc.integer({ min: 0, max: text.length - 1 }), fc.integer({ min: 1, max: text.length }))
    .map(([a, b]) => (a < b ? [a, b] : [b - 1, a + 1]) as [number, number])
    .map(([a, b]) => [Math.max(0, a), Math.min(text.length, b)] as const)
  const annotation = fc.record({
    range,
    tagIds: fc.subarray(TAG_IDS, { maxLength: 3 }),
    note: fc.oneof(fc.constant(''), fc.string({ unit: 'binary', maxLength: 20 }))
  })
  return fc.tuple(fc.constant(blocks), fc.array(annotation, { maxLength: 12 }))
})

/** What HTML can carry of a string: NUL has no representation and is shown as U+FFFD. */
const shown = (s: string): string => s.replace(/\0/g, '\uFFFD')

describe('renderReport (property)', () => {
  it('never throws, lists every passage, and shows exactly the block texts', () => {
    fc.assert(
      fc.property(scenario, ([blocks, specs]) => {
        const text = blocksToText(blocks)
        const annotations: Annotation[] = specs.map((s, i) => ({
          id: `a${i}`,
          documentId: 'doc',
          start: s.range[0],
          end: s.range[1],
          exact: text.slice(s.range[0], s.range[1]),
          prefix: '',
          suffix: '',
          tagIds: s.tagIds,
          note: s.note,
          createdAt: 0,
          updatedAt: 0
        }))
        const html = renderReport(input({ document: { title: 'T', metadata: {}, blocks, text, fileName: 'f' }, annotations }))
        const doc = parse(html)
        expect(doc.querySelectorAll('script').length).toBe(0)
        for (const a of annotations) {
          const quotes = [...doc.querySelectorAll(`#passages li.passage[data-annotation-id="${a.id}"] .quote`)]
          expect(quotes.length).toBeGreaterThan(0)
          for (const q of quotes) expect(q.textContent).toBe(shown(a.exact))
        }
        const noted = annotations.filter((a) => a.note.trim() !== '').length
        expect(doc.querySelectorAll('article .note-ref').length).toBe(noted)
        expect(doc.querySelectorAll('mark mark, mark .pnum').length).toBe(0)
        const expected = blocks.map((b) => (b.type === 'tableRow' ? b.text.split(' | ').join('') : b.text)).join('')
        expect(visibleArticleText(doc)).toBe(shown(expected))
      }),
      { numRuns: 200 }
    )
    // 200 reports each parsed by jsdom: seconds of work, more on a busy machine.
  }, 120_000)
})
