import { describe, expect, it } from 'vitest'
import { colourName, DEFAULT_CODEBOOK, isThemeColor, nextThemeColor, THEME_COLOURS, THEME_PALETTE } from './codebook'
import { BACKGROUNDS, contrastRatio, hardToSeeIn, MIN_MARK_CONTRAST } from './colour'

/** CIELAB of #rrggbb (D65), written out here as the test's own oracle. */
function lab(hex: string): [number, number, number] {
  const lin = (at: number): number => {
    const c = parseInt(hex.slice(at, at + 2), 16) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  const [r, g, b] = [lin(1), lin(3), lin(5)]
  const f = (t: number): number => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116)
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047)
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b)
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883)
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)]
}

/** CIEDE2000 colour difference (Sharma, Wu and Dalal's formulation). */
function deltaE2000(p: string, q: string): number {
  const [l1, a1, b1] = lab(p)
  const [l2, a2, b2] = lab(q)
  const rad = Math.PI / 180
  const cBar = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2
  const g = 0.5 * (1 - Math.sqrt(cBar ** 7 / (cBar ** 7 + 25 ** 7)))
  const [a1p, a2p] = [(1 + g) * a1, (1 + g) * a2]
  const [c1p, c2p] = [Math.hypot(a1p, b1), Math.hypot(a2p, b2)]
  const hue = (b: number, a: number): number => ((Math.atan2(b, a) / rad) % 360 + 360) % 360
  const [h1p, h2p] = [hue(b1, a1p), hue(b2, a2p)]
  let dh = h2p - h1p
  if (c1p * c2p === 0) dh = 0
  else if (dh > 180) dh -= 360
  else if (dh < -180) dh += 360
  const dL = l2 - l1
  const dC = c2p - c1p
  const dH = 2 * Math.sqrt(c1p * c2p) * Math.sin((dh / 2) * rad)
  const lBar = (l1 + l2) / 2
  const cBarP = (c1p + c2p) / 2
  let hBar = h1p + h2p
  if (c1p * c2p !== 0) hBar = Math.abs(h1p - h2p) <= 180 ? hBar / 2 : hBar < 360 ? (hBar + 360) / 2 : (hBar - 360) / 2
  const t = 1 - 0.17 * Math.cos((hBar - 30) * rad) + 0.24 * Math.cos(2 * hBar * rad) + 0.32 * Math.cos((3 * hBar + 6) * rad) - 0.2 * Math.cos((4 * hBar - 63) * rad)
  const rt = -Math.sin(2 * 30 * Math.exp(-(((hBar - 275) / 25) ** 2)) * rad) * 2 * Math.sqrt(cBarP ** 7 / (cBarP ** 7 + 25 ** 7))
  const sl = 1 + (0.015 * (lBar - 50) ** 2) / Math.sqrt(20 + (lBar - 50) ** 2)
  const sc = 1 + 0.045 * cBarP
  const sh = 1 + 0.015 * cBarP * t
  return Math.sqrt((dL / sl) ** 2 + (dC / sc) ** 2 + (dH / sh) ** 2 + rt * (dC / sc) * (dH / sh))
}

describe('codebook', () => {
  it('starts with the three default themes, each with its own palette colour and a description', () => {
    expect(DEFAULT_CODEBOOK.map((t) => t.name)).toEqual(['Economic pressure', 'Hybrid tactics', 'CIS'])
    expect(DEFAULT_CODEBOOK.map((t) => t.color)).toEqual(THEME_PALETTE.slice(0, 3))
    for (const t of DEFAULT_CODEBOOK) expect(t.description.length).toBeGreaterThan(10)
  })

  it('gives a new theme the least used colour', () => {
    expect(nextThemeColor(DEFAULT_CODEBOOK)).toBe(THEME_PALETTE[3])
    const all = THEME_PALETTE.map((color) => ({ color }))
    expect(nextThemeColor([...all, { color: THEME_PALETTE[0] as string }])).toBe(THEME_PALETTE[1])
  })

  it('names every palette colour, and tells a custom colour by its code', () => {
    expect(new Set(THEME_COLOURS.map((c) => c.name)).size).toBe(THEME_COLOURS.length)
    expect(colourName('#0D9488')).toBe('Teal')
    expect(colourName('#123456')).toBe('#123456')
    expect(isThemeColor('#12abEF')).toBe(true)
    for (const bad of ['#123', 'red', '#12345g', 'url(x)', '#1234567']) expect(isThemeColor(bad)).toBe(false)
  })
})

describe('the palette', () => {
  it('has two dozen colours, no two alike (CIEDE2000 at least 12 apart)', () => {
    expect(THEME_PALETTE.length).toBeGreaterThanOrEqual(24)
    expect(new Set(THEME_PALETTE).size).toBe(THEME_PALETTE.length)
    for (const [i, a] of THEME_PALETTE.entries()) {
      for (const b of THEME_PALETTE.slice(i + 1)) expect(deltaE2000(a, b), `${a} vs ${b}`).toBeGreaterThanOrEqual(12)
    }
  })

  it('reads on the light and the dark backgrounds alike', () => {
    for (const color of THEME_PALETTE) {
      expect(hardToSeeIn(color), color).toEqual([])
      for (const bg of [...BACKGROUNDS.light, ...BACKGROUNDS.dark]) expect(contrastRatio(color, bg), `${color} on ${bg}`).toBeGreaterThanOrEqual(MIN_MARK_CONTRAST)
    }
  })

  it('puts the most distinct colours first, so a small codebook gets them', () => {
    const closest = (n: number): number => Math.min(...THEME_PALETTE.slice(0, n).flatMap((a, i) => THEME_PALETTE.slice(i + 1, n).map((b) => deltaE2000(a, b))))
    expect(closest(8)).toBeGreaterThanOrEqual(20)
    expect(closest(12)).toBeGreaterThanOrEqual(16)
  })

  it('tells which appearance a custom colour is hard to see in', () => {
    expect(hardToSeeIn('#fff59d')).toEqual(['light'])
    expect(hardToSeeIn('#1a1a40')).toEqual(['dark'])
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#777777', '#777777')).toBe(1)
  })
})
