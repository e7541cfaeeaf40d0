import { describe, expect, it } from 'vitest'
import { ARTICLE_ZOOM, DEFAULT_LAYOUT, PASSAGES_WIDTH, SIDEBAR_WIDTH, parseLayout, zoomStep } from './layoutSettings'

describe('parseLayout', () => {
  it('gives the defaults when nothing is stored, or something that is not a layout', () => {
    for (const stored of [null, '', '{', 'null', '[]', '42', '"wide"']) expect(parseLayout(stored), String(stored)).toEqual(DEFAULT_LAYOUT)
  })

  it('keeps what was stored, in whole pixels', () => {
    expect(parseLayout(JSON.stringify({ sidebarWidth: 300.4, passagesWidth: 400, articleZoom: 1.3 }))).toEqual({ sidebarWidth: 300, passagesWidth: 400, articleZoom: 1.3 })
  })

  it('replaces each damaged or out-of-range value on its own', () => {
    expect(parseLayout(JSON.stringify({ sidebarWidth: 5000, passagesWidth: 'wide', articleZoom: 0.1 }))).toEqual({
      sidebarWidth: SIDEBAR_WIDTH.max,
      passagesWidth: PASSAGES_WIDTH.initial,
      articleZoom: ARTICLE_ZOOM.min
    })
    expect(parseLayout('{"sidebarWidth": -1e999}')).toMatchObject({ sidebarWidth: SIDEBAR_WIDTH.initial })
  })
})

describe('zoomStep', () => {
  it('steps by 10 % on a clean grid, within 70 % and 200 %, and resets to 100 %', () => {
    let zoom = 1
    for (let i = 0; i < 3; i++) zoom = zoomStep(zoom, 1)
    expect(zoom).toBe(1.3)
    for (let i = 0; i < 20; i++) zoom = zoomStep(zoom, 1)
    expect(zoom).toBe(2)
    for (let i = 0; i < 20; i++) zoom = zoomStep(zoom, -1)
    expect(zoom).toBe(0.7)
    expect(zoomStep(zoom, 0)).toBe(1)
  })
})
