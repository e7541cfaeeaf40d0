import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { codeCorpus, prepareCorpus } from './corpus'
import { frequencies } from './frequencies'
import { doc, passage, theme } from './testData'
import { themeRows } from './themeRows'
import type { StatsDocument, StatsPassage, StatsTheme } from './types'

// A codebook: Economy (with sub-themes Energy and Trade), and Security at the top.
const THEMES: StatsTheme[] = [theme('economy', null, 0), theme('energy', 'economy', 0), theme('trade', 'economy', 1), theme('security', null, 1)]

function table(documents: StatsDocument[], passages: StatsPassage[], rollUp: boolean, chosen?: string[]) {
  const rows = themeRows(THEMES, { rollUp, chosen })
  return { rows, result: frequencies(codeCorpus(prepareCorpus(documents, passages), rows)) }
}

describe('frequencies and coverage', () => {
  it('counts the characters of overlapping passages of one theme once', () => {
    const { rows, result } = table([doc('a', 100)], [passage('a', 0, 30, 'energy'), passage('a', 20, 50, 'energy'), passage('a', 60, 70, 'energy')], false)
    const energy = result.rows[rows.findIndex((r) => r.id === 'energy')]
    // [0, 50) and [60, 70): 60 characters, not 30 + 30 + 10.
    expect(energy).toEqual({ passages: 3, articles: 1, characters: 60, share: 0.6 })
  })

  it('rolls sub-themes up into their parent, whose coverage is the union of theirs', () => {
    const passages = [passage('a', 0, 10, 'energy'), passage('a', 5, 20, 'trade'), passage('b', 0, 4, 'economy'), passage('b', 50, 60, 'security')]
    const documents = [doc('a', 100), doc('b', 100)]
    const apart = table(documents, passages, false)
    expect(apart.rows.map((r) => r.name)).toEqual(['Economy', 'Energy', 'Trade', 'Security'])
    expect(apart.result.rows.map((r) => r.characters)).toEqual([4, 10, 15, 10])

    const rolled = table(documents, passages, true)
    expect(rolled.rows.map((r) => r.name)).toEqual(['Economy', 'Security'])
    // Economy: [0, 20) in a (the union of Energy and Trade) and [0, 4) in b.
    expect(rolled.result.rows[0]).toEqual({ passages: 3, articles: 2, characters: 24, share: 24 / 200 })
    expect(rolled.result.rows[1]).toEqual({ passages: 1, articles: 1, characters: 10, share: 10 / 200 })
  })

  it('counts a passage carrying two sub-themes once in the parent', () => {
    const { result } = table([doc('a', 50)], [passage('a', 0, 10, 'energy', 'trade')], true)
    expect(result.rows[0]).toMatchObject({ passages: 1, characters: 10 })
    expect(result.total).toMatchObject({ passages: 1, characters: 10, articles: 1 })
  })

  it('rolls up under the chosen themes only', () => {
    const { rows, result } = table([doc('a', 100)], [passage('a', 0, 10, 'energy'), passage('a', 20, 30, 'trade')], true, ['energy', 'security'])
    expect(rows.map((r) => r.name)).toEqual(['Energy', 'Security'])
    expect(result.rows.map((r) => r.passages)).toEqual([1, 0])
  })

  it('gives zeros for empty articles and themes without passages, and no share of no text', () => {
    const empty = table([doc('a', 0)], [], false)
    expect(empty.result.rows.every((r) => r.passages === 0 && r.characters === 0 && r.share === 0 && r.articles === 0)).toBe(true)
    expect(empty.result.total).toEqual({ passages: 0, articles: 0, characters: 0, share: 0 })
    expect(empty.result).toMatchObject({ textLength: 0, articles: 1 })

    const none = table([], [], true)
    expect(none.result.rows).toHaveLength(2)
    expect(none.result.textLength).toBe(0)
  })

  it('leaves out passages of articles outside the scope and clamps passages to the text', () => {
    const { result } = table([doc('a', 20)], [passage('a', 15, 40, 'security'), passage('elsewhere', 0, 10, 'security')], false)
    expect(result.rows[3]).toEqual({ passages: 1, articles: 1, characters: 5, share: 0.25 })
  })

  it('agrees with counting character by character', () => {
    const arbitrary = fc.array(
      fc.record({ doc: fc.constantFrom('a', 'b'), start: fc.nat(60), length: fc.integer({ min: 1, max: 25 }), tags: fc.subarray(['economy', 'energy', 'trade', 'security'], { minLength: 1 }) }),
      { maxLength: 30 }
    )
    fc.assert(
      fc.property(arbitrary, fc.boolean(), (specs, rollUp) => {
        const documents = [doc('a', 70), doc('b', 70)]
        const passages = specs.map((s) => passage(s.doc, s.start, s.start + s.length, ...s.tags))
        const { rows, result } = table(documents, passages, rollUp)
        rows.forEach((row, r) => {
          const mine = passages.filter((p) => p.tagIds.some((t) => row.members.includes(t)))
          const covered = new Set<string>()
          for (const p of mine) for (let c = p.start; c < Math.min(p.end, 70); c++) covered.add(`${p.documentId}:${c}`)
          expect(result.rows[r]).toEqual({
            passages: mine.length,
            articles: new Set(mine.map((p) => p.documentId)).size,
            characters: covered.size,
            share: covered.size / 140
          })
        })
      })
    )
  })
})
