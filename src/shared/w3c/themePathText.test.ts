import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizeThemeName } from '../themeTree'
import { joinThemePath, splitThemePath } from './themePathText'

describe('theme paths', () => {
  it('joins names with "/" and escapes a "/" or "\\" inside a name', () => {
    expect(joinThemePath(['Hybrid tactics', 'Disinformation'])).toBe('Hybrid tactics/Disinformation')
    expect(joinThemePath(['Oil/gas', 'a\\b'])).toBe('Oil\\/gas/a\\\\b')
  })

  it('splits a foreign tag into a path, dropping empty segments', () => {
    expect(splitThemePath('A/B')).toEqual(['A', 'B'])
    expect(splitThemePath(' A //  B  c/ ')).toEqual(['A', 'B c'])
    expect(splitThemePath('   ')).toEqual([])
  })

  it('reads back every path it writes', () => {
    const name = fc.string({ minLength: 1, maxLength: 12 }).map(normalizeThemeName).filter((n) => n !== '')
    fc.assert(fc.property(fc.array(name, { minLength: 1, maxLength: 5 }), (names) => {
        expect(splitThemePath(joinThemePath(names))).toEqual(names)
      })
    )
  })
})
