import { describe, expect, it } from 'vitest'
import { portraitOf } from './portrait'

describe('document portrait', () => {
  it('marks each stretch of text with the theme covering most of it', () => {
    const passages = [
      { start: 0, end: 30, tagIds: ['red'] },
      { start: 20, end: 25, tagIds: ['blue'] },
      { start: 60, end: 100, tagIds: ['blue'] },
      { start: 70, end: 75, tagIds: [] }
    ]
    expect(portraitOf(passages, 100, 5).bins).toEqual(['red', 'red', null, 'blue', 'blue'])
  })

  it('is empty for an empty text', () => {
    expect(portraitOf([{ start: 0, end: 0, tagIds: ['red'] }], 0, 3).bins).toEqual([null, null, null])
  })
})
