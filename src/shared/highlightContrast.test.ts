/**
 * Text on a highlight stays readable (WCAG AA, 4.5:1) for every palette colour, in both
 * appearances, on every background the article is drawn on, at every depth of overlap up to the
 * deepest fill — and in the exported report, whose quotes are a lighter ink.
 */
import { describe, expect, it } from 'vitest'
import { THEME_PALETTE } from './codebook'
import { BACKGROUNDS, contrastRatio, MIN_TEXT_CONTRAST, over, TEXT_COLOURS } from './colour'
import { highlightStrength, UNTAGGED_COLOR } from './highlightStyle'

const COLOURS = [...THEME_PALETTE, UNTAGGED_COLOR]
/** Depths past the one where the fill stops deepening, so the deepest overlap is surely among them. */
const DEPTHS = Array.from({ length: 8 }, (_, i) => i + 1)

/** The exported report (src/shared/report/styles.ts): white paper, body ink and the quotes' ink. */
const REPORT = { paper: '#ffffff', inks: ['#1f2328', '#374151'] }

describe('contrast of highlighted text', () => {
  it('the fill deepens with overlap and stops deepening', () => {
    const strengths = DEPTHS.map(highlightStrength)
    expect(strengths[0]).toBe(18)
    for (let i = 1; i < strengths.length; i++) expect(strengths[i]).toBeGreaterThanOrEqual(strengths[i - 1] as number)
    expect(strengths.at(-1)).toBe(strengths.at(-2))
  })

  it('composites a translucent fill as the browser does', () => {
    expect(over('#000000', 0.5, '#ffffff')).toBe('#808080')
    expect(over('#d97706', 0, '#f7f6f3')).toBe('#f7f6f3')
    expect(over('#d97706', 1, '#f7f6f3')).toBe('#d97706')
  })

  for (const scheme of ['light', 'dark'] as const) {
    it(`meets AA on every palette colour at every depth (${scheme})`, () => {
      const failing: string[] = []
      for (const background of BACKGROUNDS[scheme]) {
        for (const colour of COLOURS) {
          for (const depth of DEPTHS) {
            const fill = over(colour, highlightStrength(depth) / 100, background)
            const ratio = contrastRatio(TEXT_COLOURS[scheme], fill)
            if (ratio < MIN_TEXT_CONTRAST) failing.push(`${colour} at depth ${depth} on ${background}: ${ratio.toFixed(2)}`)
          }
        }
      }
      expect(failing).toEqual([])
    })
  }

  it('meets AA in the exported report, quotes included', () => {
    for (const ink of REPORT.inks) {
      for (const colour of COLOURS) {
        const deepest = over(colour, highlightStrength(DEPTHS.at(-1) as number) / 100, REPORT.paper)
        expect(contrastRatio(ink, deepest), `${ink} on ${colour}`).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST)
      }
    }
  })

  it('keeps a margin over AA at the deepest fill (about 6:1 at worst: Crimson on the light page, Periwinkle on the dark one)', () => {
    const deepest = highlightStrength(DEPTHS.at(-1) as number) / 100
    for (const scheme of ['light', 'dark'] as const) {
      const worst = Math.min(...COLOURS.flatMap((c) => BACKGROUNDS[scheme].map((bg) => contrastRatio(TEXT_COLOURS[scheme], over(c, deepest, bg)))))
      expect(worst, scheme).toBeGreaterThan(5.5)
    }
  })
})
