import { describe, expect, it } from 'vitest'
import { isRowKey, panelTarget, rowTarget } from './rowKeys'

describe('row keys', () => {
  it('moves one row, a page, or to either end, inside the list', () => {
    expect(rowTarget('ArrowDown', 3, 10, 4)).toBe(4)
    expect(rowTarget('ArrowUp', 3, 10, 4)).toBe(2)
    expect(rowTarget('ArrowDown', 9, 10, 4)).toBeNull()
    expect(rowTarget('ArrowUp', 0, 10, 4)).toBeNull()
    expect(rowTarget('Home', 7, 10, 4)).toBe(0)
    expect(rowTarget('End', 2, 10, 4)).toBe(9)
    expect(rowTarget('PageDown', 2, 10, 4)).toBe(6)
    expect(rowTarget('PageDown', 8, 10, 4)).toBe(9)
    expect(rowTarget('PageUp', 2, 10, 4)).toBe(0)
    expect(rowTarget('PageUp', 0, 10, 4)).toBeNull()
    expect(rowTarget('Enter', 2, 10, 4)).toBeNull()
    expect(rowTarget('End', 0, 0, 4)).toBeNull()
  })

  it('skips rows that take no focus (search results: article headings)', () => {
    const hit = (row: number): boolean => row % 3 !== 0
    expect(rowTarget('ArrowDown', 2, 9, 4, hit)).toBe(4)
    expect(rowTarget('ArrowUp', 4, 9, 4, hit)).toBe(2)
    expect(rowTarget('Home', 5, 9, 4, hit)).toBe(1)
    expect(rowTarget('End', 1, 9, 4, hit)).toBe(8)
    expect(rowTarget('ArrowUp', 1, 9, 4, hit)).toBeNull()
    expect(rowTarget('PageDown', 1, 9, 3, hit)).toBe(4)
  })

  it('takes only unmodified list keys', () => {
    const key = (key: string, mods: Partial<KeyboardEvent> = {}) => ({ key, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...mods })
    expect(isRowKey(key('ArrowDown'))).toBe(true)
    expect(isRowKey(key('End'))).toBe(true)
    expect(isRowKey(key('ArrowDown', { altKey: true }))).toBe(false)
    expect(isRowKey(key('Home', { ctrlKey: true }))).toBe(false)
    expect(isRowKey(key('a'))).toBe(false)
  })

  it('reads the passages panel as headings and rows, through open groups only', () => {
    const sizes = [2, 3, 1]
    const open = [true, false, true]
    expect(panelTarget('ArrowDown', { group: 0, row: -1 }, sizes, open)).toEqual({ group: 0, row: 0 })
    expect(panelTarget('ArrowDown', { group: 0, row: 1 }, sizes, open)).toEqual({ group: 1, row: -1 })
    expect(panelTarget('ArrowDown', { group: 1, row: -1 }, sizes, open)).toEqual({ group: 2, row: -1 })
    expect(panelTarget('ArrowUp', { group: 2, row: -1 }, sizes, open)).toEqual({ group: 1, row: -1 })
    expect(panelTarget('ArrowUp', { group: 1, row: -1 }, sizes, open)).toEqual({ group: 0, row: 1 })
    expect(panelTarget('End', { group: 0, row: 0 }, sizes, open)).toEqual({ group: 2, row: 0 })
    expect(panelTarget('Home', { group: 2, row: 0 }, sizes, open)).toEqual({ group: 0, row: -1 })
    expect(panelTarget('PageDown', { group: 0, row: -1 }, [10_000], [true], 20)).toEqual({ group: 0, row: 19 })
    expect(panelTarget('ArrowDown', { group: 2, row: 0 }, sizes, open)).toBeNull()
    expect(panelTarget('ArrowDown', { group: 5, row: 0 }, sizes, open)).toBeNull()
  })
})
