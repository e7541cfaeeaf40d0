import { describe, expect, it } from 'vitest'
import { nextRegion } from './regions'

describe('F6 regions', () => {
  it('goes round the regions forwards and backwards', () => {
    expect(nextRegion(5, 0, 1)).toBe(1)
    expect(nextRegion(5, 4, 1)).toBe(0)
    expect(nextRegion(5, 0, -1)).toBe(4)
    expect(nextRegion(5, 3, -1)).toBe(2)
  })

  it('from outside every region, starts at the first (F6) or the last (Shift+F6)', () => {
    expect(nextRegion(5, -1, 1)).toBe(0)
    expect(nextRegion(5, -1, -1)).toBe(4)
  })
})
