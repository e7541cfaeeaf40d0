import { describe, expect, it } from 'vitest'
import { forPlatform, SHORTCUT_GROUPS } from './shortcuts'

describe('the list of keys', () => {
  it('says what each key does, once per place', () => {
    for (const group of SHORTCUT_GROUPS) {
      expect(group.shortcuts.length, group.area).toBeGreaterThan(0)
      for (const { keys, does } of group.shortcuts) expect(keys.trim() && does.trim(), `${group.area}: ${keys}`).toBeTruthy()
      const keys = group.shortcuts.map((s) => s.keys)
      expect(new Set(keys).size, group.area).toBe(keys.length)
    }
    expect(new Set(SHORTCUT_GROUPS.map((g) => g.area)).size).toBe(SHORTCUT_GROUPS.length)
  })

  it('writes modifier keys the Mac way on a Mac', () => {
    expect(forPlatform('Ctrl+Shift+Z or Ctrl+Y', true)).toBe('⌘⇧Z or ⌘Y')
    expect(forPlatform('Alt+Shift+↓', true)).toBe('⌥⇧↓')
    expect(forPlatform('Ctrl+Shift+Z', false)).toBe('Ctrl+Shift+Z')
  })
})
