import { describe, expect, it } from 'vitest'
import { clampTextSize, DEFAULT_READING, parseReading, TEXT_SIZE, zoomTextSize } from './readingSettings'

describe('reading settings', () => {
  it('reads what was stored', () => {
    expect(parseReading(JSON.stringify({ textSize: 21, width: 'wide' }))).toEqual({ textSize: 21, width: 'wide' })
  })

  it('replaces whatever is missing, damaged or out of range by its default', () => {
    expect(parseReading(null)).toEqual(DEFAULT_READING)
    expect(parseReading('{not json')).toEqual(DEFAULT_READING)
    expect(parseReading('"wide"')).toEqual(DEFAULT_READING)
    expect(parseReading(JSON.stringify({ textSize: 'big', width: 'enormous' }))).toEqual(DEFAULT_READING)
    expect(parseReading(JSON.stringify({ textSize: 99 })).textSize).toBe(TEXT_SIZE.max)
    expect(parseReading(JSON.stringify({ textSize: 2, width: 'narrow' }))).toEqual({ textSize: TEXT_SIZE.min, width: 'narrow' })
  })

  it('keeps text sizes whole pixels within range', () => {
    expect(clampTextSize(18.6)).toBe(19)
    expect(clampTextSize(Number.NaN)).toBe(TEXT_SIZE.initial)
    expect(clampTextSize(Infinity)).toBe(TEXT_SIZE.initial)
  })
})

describe('zoomTextSize', () => {
  it('steps by two pixels within the range and resets to the default size', () => {
    let size: number = TEXT_SIZE.initial
    for (let i = 0; i < 3; i++) size = zoomTextSize(size, 1)
    expect(size).toBe(23)
    for (let i = 0; i < 20; i++) size = zoomTextSize(size, 1)
    expect(size).toBe(TEXT_SIZE.max)
    for (let i = 0; i < 20; i++) size = zoomTextSize(size, -1)
    expect(size).toBe(TEXT_SIZE.min)
    expect(zoomTextSize(size, 0)).toBe(TEXT_SIZE.initial)
  })
})
