import { describe, expect, it } from 'vitest'
import { EXPANDED_HEIGHT, ROW_HEIGHT, rowAt, rowHeight, rowTop, totalHeight } from './rowGeometry'

describe('row geometry', () => {
  const expanded = [2, 5]

  it('places rows one after another, expanded ones taller', () => {
    expect(rowTop(0, expanded)).toBe(0)
    expect(rowTop(2, expanded)).toBe(2 * ROW_HEIGHT)
    expect(rowTop(3, expanded)).toBe(2 * ROW_HEIGHT + EXPANDED_HEIGHT)
    expect(rowHeight(5, expanded)).toBe(EXPANDED_HEIGHT)
    expect(totalHeight(10, expanded)).toBe(8 * ROW_HEIGHT + 2 * EXPANDED_HEIGHT)
  })

  it('finds the row at a height, inverse of rowTop', () => {
    for (let i = 0; i < 10; i++) {
      expect(rowAt(rowTop(i, expanded), 10, expanded)).toBe(i)
      expect(rowAt(rowTop(i, expanded) + rowHeight(i, expanded) - 1, 10, expanded)).toBe(i)
    }
    expect(rowAt(1e9, 10, expanded)).toBe(9)
    expect(rowAt(0, 0, [])).toBe(0)
  })
})
