import { describe, expect, it } from 'vitest'
import { articleKey } from './articleKeys'

const press = (key: string, mods: { alt?: boolean; shift?: boolean; ctrl?: boolean; meta?: boolean } = {}) => ({
  key,
  altKey: mods.alt ?? false,
  shiftKey: mods.shift ?? false,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false
})

describe('the article keys', () => {
  it('Enter opens the passage at the caret', () => {
    expect(articleKey(press('Enter'))).toEqual({ kind: 'open-passage' })
    expect(articleKey(press('Enter', { shift: true }))).toBeNull()
    expect(articleKey(press('Enter', { ctrl: true }))).toBeNull()
  })

  it('Alt+↓/↑ step through the passages; with Shift, through the theme at the caret', () => {
    expect(articleKey(press('ArrowDown', { alt: true }))).toEqual({ kind: 'step', direction: 1, byTheme: false })
    expect(articleKey(press('ArrowUp', { alt: true }))).toEqual({ kind: 'step', direction: -1, byTheme: false })
    expect(articleKey(press('ArrowDown', { alt: true, shift: true }))).toEqual({ kind: 'step', direction: 1, byTheme: true })
  })

  it('leaves the caret keys to the caret', () => {
    for (const key of ['ArrowDown', 'ArrowLeft', 'Home', 'End', 'PageDown', '1']) expect(articleKey(press(key))).toBeNull()
    expect(articleKey(press('ArrowDown', { shift: true }))).toBeNull()
    expect(articleKey(press('ArrowDown', { alt: true, ctrl: true }))).toBeNull()
  })
})
