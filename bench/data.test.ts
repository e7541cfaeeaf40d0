import { describe, expect, it } from 'vitest'
import { quoteAt, trimRange } from '../src/shared/annotation'
import { blockStarts, blocksToText } from '../src/shared/document'
import { codebookOrder, depthOf } from '../src/shared/themeTree'
import { articleLayout } from '../src/renderer/src/editor/offsets'
import { blocksToContent } from '../src/renderer/src/editor/blockNodes'
import {
  BENCH_SEED,
  fakeHash,
  FULL_SIZES,
  generateArticle,
  generateCodebook,
  generatePassages,
  libraryItems,
  mergePair,
  plainSections,
  SMOKE_SIZES,
  toAnnotations,
  weightedThemes
} from './data'

describe('benchmark data', () => {
  it('is the same for the same seed, and different for another', () => {
    const a = generateArticle(BENCH_SEED, 30_000)
    expect(generateArticle(BENCH_SEED, 30_000)).toEqual(a)
    expect(generateArticle(BENCH_SEED + 1, 30_000).text).not.toBe(a.text)
    const passages = generatePassages(BENCH_SEED, a, 300, 3)
    expect(generatePassages(BENCH_SEED, a, 300, 3)).toEqual(passages)
    const tagIds = ['t1', 't2', 't3']
    expect(toAnnotations(BENCH_SEED, a, passages, 'd', tagIds, 0)).toEqual(toAnnotations(BENCH_SEED, a, passages, 'd', tagIds, 0))
    expect([...libraryItems(BENCH_SEED, SMOKE_SIZES)]).toEqual([...libraryItems(BENCH_SEED, SMOKE_SIZES)])
    expect(fakeHash(1)).toMatch(/^[0-9a-f]{64}$/)
  })

  it('makes an article the app could have imported: the canonical text of its blocks, about the size asked', () => {
    const a = generateArticle(7, 200_000)
    expect(a.text).toBe(blocksToText(a.blocks))
    expect(a.starts).toEqual(blockStarts(a.blocks))
    expect(a.text.length).toBeGreaterThanOrEqual(200_000)
    expect(a.text.length).toBeLessThan(205_000)
    expect(a.blocks[0]).toMatchObject({ type: 'heading', level: 1 })
    expect(new Set(a.blocks.map((b) => b.type))).toEqual(new Set(['heading', 'paragraph', 'listItem', 'quote']))
    for (const block of a.blocks) expect(block.text).toMatch(/^\S(.*\S)?$/)
  })

  it('makes distinct, trimmed passages that overlap, cross blocks and cover every theme', () => {
    const a = generateArticle(11, 100_000)
    const specs = generatePassages(11, a, 1_000, 3)
    expect(specs).toHaveLength(1_000)
    expect(new Set(specs.map((s) => `${s.start}:${s.end}`)).size).toBe(1_000)
    for (const s of specs) expect(trimRange(a.text, s.start, s.end)).toEqual({ start: s.start, end: s.end })
    const sorted = [...specs].sort((x, y) => x.start - y.start)
    const overlapping = sorted.filter((s, i) => i > 0 && s.start < Math.max(...sorted.slice(Math.max(0, i - 20), i).map((p) => p.end)))
    expect(overlapping.length).toBeGreaterThan(100)
    expect(specs.some((s) => a.text.slice(s.start, s.end).includes('\n\n'))).toBe(true)
    for (const theme of [0, 1, 2]) expect(specs.some((s) => s.themes.includes(theme))).toBe(true)
    expect(specs.some((s) => s.themes.length === 2)).toBe(true)
    expect(specs.some((s) => s.note !== '')).toBe(true)
  })

  it('stores each passage with the quote the app would record', () => {
    const a = generateArticle(3, 20_000)
    const [annotation] = toAnnotations(3, a, generatePassages(3, a, 5, 3), 'doc', ['x', 'y', 'z'], 1000)
    expect(annotation).toMatchObject({ documentId: 'doc', ...quoteAt(a.text, annotation!.start, annotation!.end), createdAt: 1000 })
    expect(annotation!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })

  it('spreads the library passages over its articles', () => {
    const items = [...libraryItems(5, { libraryDocuments: 7, libraryPassages: 100, libraryDocumentChars: 3_000 })]
    expect(items).toHaveLength(7)
    expect(items.reduce((n, i) => n + i.passages, 0)).toBe(100)
    expect(new Set(items.map((i) => i.title)).size).toBe(7)
  })

  it('cuts the plain-DOM base into the sections the app uses, with the same estimated heights', () => {
    for (const chars of [SMOKE_SIZES.articleChars, FULL_SIZES.articleChars]) {
      const a = generateArticle(BENCH_SEED, chars)
      const layout = articleLayout(a.blocks, a.starts)
      const sections = plainSections(a.blocks)
      expect(sections.map((s) => s.blocks.length)).toEqual(layout.sectionStarts.map((first, k) => (layout.sectionStarts[k + 1] ?? a.blocks.length) - first))
      const content = blocksToContent(a.blocks, layout).content as { attrs: { lines: number } }[]
      expect(sections.map((s) => s.heightEm)).toEqual(content.map((section) => Math.round(section.attrs.lines * 1.7 + 0.5)))
    }
  })

  it('makes a codebook of 60 themes in 3 levels, in codebook order, names unique among siblings', () => {
    const tags = generateCodebook(BENCH_SEED)
    expect(tags).toHaveLength(60)
    expect(generateCodebook(BENCH_SEED)).toEqual(tags)
    expect(codebookOrder(tags)).toEqual(tags)
    expect(tags.map((t) => depthOf(tags, t.id)).reduce((n, d) => ({ ...n, [d]: (n[d] ?? 0) + 1 }), {} as Record<number, number>)).toEqual({ 0: 6, 1: 18, 2: 36 })
    const siblings = new Map<string | null, string[]>()
    for (const t of tags) siblings.set(t.parentId, [...(siblings.get(t.parentId) ?? []), t.name.toLowerCase()])
    for (const names of siblings.values()) expect(new Set(names).size).toBe(names.length)
    expect(tags.filter((t) => t.shortcut !== null).map((t) => t.shortcut)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9])
  })

  it('spreads passages so that the two merged themes carry about a fifth of them, the other themes the rest', () => {
    const tags = generateCodebook(BENCH_SEED)
    const { source, target } = mergePair(tags)
    expect(depthOf(tags, source.id)).toBe(1)
    expect(depthOf(tags, target.id)).toBe(1)
    expect(source.parentId).not.toBe(target.parentId)
    expect(tags.some((t) => t.parentId === source.id)).toBe(true)
    const list = weightedThemes(tags.map((t) => t.id), [source.id, target.id])
    expect(list).toHaveLength(104)
    // 40 articles of 200 passages, as the library scenario stores them (500 of them at full size).
    const annotations = Array.from({ length: 40 }, (_, i) => {
      const article = generateArticle(100 + i, 20_000)
      return toAnnotations(100 + i, article, generatePassages(100 + i, article, 200, list.length), `d${i}`, list, 0)
    }).flat()
    const carrying = annotations.filter((a) => a.tagIds.includes(source.id) || a.tagIds.includes(target.id)).length / annotations.length
    expect(carrying).toBeGreaterThan(0.18)
    expect(carrying).toBeLessThan(0.22)
    for (const t of tags) expect(annotations.some((a) => a.tagIds.includes(t.id))).toBe(true)
  })
})
