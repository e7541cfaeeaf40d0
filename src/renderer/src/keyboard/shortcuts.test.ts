import { describe, expect, it } from 'vitest'
import { formatAccelerator } from '@shared/accelerator'
import { COMMANDS } from '@shared/commands'
import { CATALOGUES } from '@shared/i18n/format'
import { LOCALES } from '@shared/i18n/locales'
import { forPlatform, SHORTCUT_GROUPS, type Keys } from './shortcuts'

const written = (keys: Keys): string => (typeof keys === 'string' ? keys : keys.words)

describe('the list of keys', () => {
  it('says what each key does, once per place, in every language', () => {
    for (const group of SHORTCUT_GROUPS) {
      expect(group.shortcuts.length, group.area).toBeGreaterThan(0)
      for (const { keys, does } of group.shortcuts) {
        expect(keys.length, `${group.area}: ${does}`).toBeGreaterThan(0)
        for (const key of keys) expect(written(key).trim(), `${group.area}: ${does}`).not.toBe('')
        for (const locale of LOCALES) {
          for (const key of [group.area, does, ...keys.flatMap((k) => (typeof k === 'string' ? [] : [k.words]))]) expect(CATALOGUES[locale][key].trim(), `${locale} ${key}`).not.toBe('')
        }
      }
      const keys = group.shortcuts.map((s) => s.keys.map(written).join(' | '))
      expect(new Set(keys).size, group.area).toBe(keys.length)
    }
    expect(new Set(SHORTCUT_GROUPS.map((g) => g.area)).size).toBe(SHORTCUT_GROUPS.length)
  })

  it('leaves the menu commands’ keys to the menu, which the overlay lists too', () => {
    const menuKeys = new Set(
      Object.values(COMMANDS).flatMap((spec) => [spec.accelerator, ...(spec.aliases ?? [])].filter((key) => key !== undefined).map((key) => formatAccelerator(key, false)))
    )
    // "Ctrl+Shift+Z or Ctrl+Y", "F6 / Shift+F6": each key on its own.
    const pieces = (keys: Keys): string[] => (typeof keys === 'string' ? keys.split(/\s+(?:\/|or)\s+/) : [])
    const repeated = SHORTCUT_GROUPS.flatMap((group) => group.shortcuts.flatMap((s) => s.keys.flatMap(pieces).filter((key) => menuKeys.has(key))))
    expect(repeated).toEqual([])
  })

  it('writes modifier keys the Mac way on a Mac', () => {
    expect(forPlatform('Ctrl+Shift+Z or Ctrl+Y', true)).toBe('⌘⇧Z or ⌘Y')
    expect(forPlatform('Alt+Shift+↓', true)).toBe('⌥⇧↓')
    expect(forPlatform('Ctrl+Shift+Z', false)).toBe('Ctrl+Shift+Z')
  })
})
