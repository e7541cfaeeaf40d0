import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { blockStarts } from '../document'
import { NO_THEME, StripeLayout, stripePieces, stripeThemes, type StripePassage } from './stripes'

const p = (id: string, start: number, end: number, ...tagIds: string[]): StripePassage => ({ id, start, end, tagIds })

function layout(passages: StripePassage[], themes: string[], maxThemeColumns = 8, gap = 0): StripeLayout {
  const l = new StripeLayout({ maxThemeColumns, gap })
  l.load(
    [...passages].sort((a, b) => a.start - b.start),
    themes
  )
  return l
}

/** Every pair of bars that would touch sits in different columns, and every column is inside the margin. */
function expectNoCollision(l: StripeLayout, passages: StripePassage[], gap: number): void {
  const bars = passages.flatMap((q) => stripeThemes(q).map((t) => ({ q, column: l.column(q.id, t) as number })))
  for (const bar of bars) {
    expect(bar.column).toBeGreaterThanOrEqual(0)
    expect(bar.column).toBeLessThan(l.columns)
  }
  for (let i = 0; i < bars.length; i++) {
    for (let j = i + 1; j < bars.length; j++) {
      const a = bars[i] as (typeof bars)[number]
      const b = bars[j] as (typeof bars)[number]
      if (a.q.start < b.q.end + gap && b.q.start < a.q.end + gap) expect(a.column).not.toBe(b.column)
    }
  }
}

describe('stripe layout', () => {
  it('gives each theme present its own columns in codebook order, and overlapping passages their own lanes', () => {
    const passages = [p('1', 0, 50, 'red'), p('2', 10, 20, 'red'), p('3', 60, 70, 'red'), p('4', 5, 15, 'blue'), p('5', 30, 40, 'red', 'blue')]
    const l = layout(passages, ['blue', 'green', 'red'])
    expect(l.mode).toBe('themes')
    // Blue: one lane (4 and 5 do not overlap); red: three lanes (1, 2 and 5 overlap 1).
    expect(l.themeColumns()).toEqual(
      new Map([
        ['blue', 0],
        ['red', 1]
      ])
    )
    expect(l.columns).toBe(3)
    expect([l.column('4', 'blue'), l.column('5', 'blue')]).toEqual([0, 0])
    expect([l.column('1', 'red'), l.column('2', 'red'), l.column('5', 'red'), l.column('3', 'red')]).toEqual([1, 2, 2, 1])
    expectNoCollision(l, passages, 0)
  })

  it('keeps a gap between bars of one lane, and gives passages without a theme a column of their own', () => {
    const passages = [p('1', 0, 10, 'red'), p('2', 12, 20, 'red'), p('3', 0, 5)]
    expect(layout(passages, ['red'], 8, 0).column('2', 'red')).toBe(0)
    const spaced = layout(passages, ['red'], 8, 5)
    expect(spaced.column('2', 'red')).toBe(1)
    expect(spaced.column('3', NO_THEME)).toBe(2)
  })

  it('packs bars of many themes into shared columns', () => {
    const themes = Array.from({ length: 12 }, (_, i) => `t${i}`)
    const passages = themes.map((t, i) => p(String(i), i * 100, i * 100 + 50, t))
    passages.push(p('x', 20, 30, 't5'))
    const l = layout(passages, themes, 8)
    expect(l.mode).toBe('packed')
    expect(l.columns).toBe(2)
    expect(l.themeColumns().size).toBe(0)
    expectNoCollision(l, passages, 0)
  })

  it('places a new passage beside its neighbours without moving them, and drops emptied lanes', () => {
    const passages = [p('1', 0, 50, 'red'), p('2', 60, 90, 'red')]
    const l = layout(passages, ['red'])
    const all = (): StripePassage[] => [...passages].sort((a, b) => a.start - b.start)
    const added = p('3', 40, 70, 'red')
    passages.push(added)
    expect(l.update(undefined, added, () => passages, all)).toBe(true)
    expect([l.column('1', 'red'), l.column('2', 'red'), l.column('3', 'red')]).toEqual([0, 0, 1])
    // Another that fits in the second lane: nothing shifts.
    const fits = p('4', 80, 85, 'red')
    passages.push(fits)
    expect(l.update(undefined, fits, () => passages, all)).toBe(false)
    expect(l.column('4', 'red')).toBe(1)
    passages.splice(passages.indexOf(added), 1)
    expect(l.update(added, undefined, () => passages, all)).toBe(false)
    passages.splice(passages.indexOf(fits), 1)
    expect(l.update(fits, undefined, () => passages, all)).toBe(true)
    expect(l.columns).toBe(1)
  })

  it('regroups when a theme appears or disappears', () => {
    const passages = [p('1', 0, 50, 'red')]
    const l = layout(passages, ['red', 'blue'])
    const all = (): StripePassage[] => passages
    const blue = p('2', 0, 10, 'blue')
    passages.push(blue)
    expect(l.update(undefined, blue, () => passages, all)).toBe(true)
    expect([l.column('2', 'blue'), l.column('1', 'red')]).toEqual([1, 0])
    passages.pop()
    expect(l.update(blue, undefined, () => passages, all)).toBe(true)
    expect(l.columns).toBe(1)
    expect(l.column('2', 'blue')).toBeUndefined()
  })

  it('never puts touching bars in one column, whatever is added and removed', () => {
    const op = fc.record({ add: fc.boolean(), start: fc.nat(300), length: fc.integer({ min: 1, max: 80 }), tags: fc.subarray(['a', 'b', 'c'], { minLength: 0 }) })
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), fc.integer({ min: 1, max: 3 }), fc.nat(10), (ops, maxThemeColumns, gap) => {
        const live: StripePassage[] = []
        const l = layout([], ['a', 'b', 'c'], maxThemeColumns, gap)
        const all = (): StripePassage[] => [...live].sort((x, y) => x.start - y.start)
        ops.forEach((o, i) => {
          if (o.add || live.length === 0) {
            const q = p(`n${i}`, o.start, o.start + o.length, ...o.tags)
            live.push(q)
            l.update(undefined, q, () => live, all)
          } else {
            const [gone] = live.splice(o.start % live.length, 1)
            l.update(gone, undefined, () => live, all)
          }
          expectNoCollision(l, live, gap)
        })
      })
    )
  })
})

describe('stripe pieces', () => {
  // Blocks [0, 10), [12, 30), [32, 40).
  const starts = blockStarts([{ type: 'paragraph', text: 'a'.repeat(10) }, { type: 'paragraph', text: 'b'.repeat(18) }, { type: 'paragraph', text: 'c'.repeat(8) }])

  it('is one piece, opening and closing, inside one block', () => {
    expect(stripePieces({ start: 13, end: 20 }, starts)).toEqual([{ block: 1, opens: true, closes: true }])
  })

  it('runs across blocks: opens in the first, passes through, closes in the last', () => {
    expect(stripePieces({ start: 5, end: 35 }, starts)).toEqual([
      { block: 0, opens: true, closes: false },
      { block: 1, opens: false, closes: false },
      { block: 2, opens: false, closes: true }
    ])
  })

  it('ends in the block where its last character is, even at that block’s end', () => {
    expect(stripePieces({ start: 0, end: 10 }, starts)).toEqual([{ block: 0, opens: true, closes: true }])
  })
})
