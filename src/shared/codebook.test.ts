import { describe, expect, it } from 'vitest'
import { DEFAULT_CODEBOOK, nextThemeColor, THEME_PALETTE } from './codebook'

describe('codebook', () => {
  it('starts with the three default themes, each with its own palette colour and a description', () => {
    expect(DEFAULT_CODEBOOK.map((t) => t.name)).toEqual(['Economic pressure', 'Hybrid tactics', 'CIS'])
    expect(new Set(DEFAULT_CODEBOOK.map((t) => t.color)).size).toBe(3)
    for (const t of DEFAULT_CODEBOOK) {
      expect(THEME_PALETTE).toContain(t.color)
      expect(t.description.length).toBeGreaterThan(10)
    }
  })

  it('gives a new theme the least used colour', () => {
    expect(nextThemeColor(DEFAULT_CODEBOOK)).toBe(THEME_PALETTE[3])
    const all = THEME_PALETTE.map((color) => ({ color }))
    expect(nextThemeColor([...all, { color: THEME_PALETTE[0] }])).toBe(THEME_PALETTE[1])
  })
})
