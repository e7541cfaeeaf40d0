import { describe, expect, it } from 'vitest'
import { DEFAULT_LAYOUT, PASSAGES_WIDTH, SIDEBAR_WIDTH, parseLayout } from './layoutSettings'

describe('parseLayout', () => {
  it('gives the defaults when nothing is stored, or something that is not a layout', () => {
    for (const stored of [null, '', '{', 'null', '[]', '42', '"wide"']) expect(parseLayout(stored), String(stored)).toEqual(DEFAULT_LAYOUT)
  })

  it('keeps what was stored, in whole pixels', () => {
    expect(parseLayout(JSON.stringify({ sidebarWidth: 300.4, passagesWidth: 400 }))).toEqual({ sidebarWidth: 300, passagesWidth: 400 })
  })

  it('replaces each damaged or out-of-range value on its own', () => {
    expect(parseLayout(JSON.stringify({ sidebarWidth: 5000, passagesWidth: 'wide' }))).toEqual({
      sidebarWidth: SIDEBAR_WIDTH.max,
      passagesWidth: PASSAGES_WIDTH.initial
    })
    expect(parseLayout('{"sidebarWidth": -1e999}')).toMatchObject({ sidebarWidth: SIDEBAR_WIDTH.initial })
  })
})
