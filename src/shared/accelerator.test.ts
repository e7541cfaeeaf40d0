import { describe, expect, it } from 'vitest'
import { formatAccelerator, matchesAccelerator, type KeyPress } from './accelerator'
import { COMMANDS } from './commands'
import { menuCommandSchema } from './ipc/contract'

const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers })

describe('matchesAccelerator', () => {
  it('takes Ctrl or Cmd for CmdOrCtrl, and wants Shift and Alt exactly as written', () => {
    expect(matchesAccelerator(press('z', { ctrlKey: true }), 'CmdOrCtrl+Z')).toBe(true)
    expect(matchesAccelerator(press('z', { metaKey: true }), 'CmdOrCtrl+Z')).toBe(true)
    expect(matchesAccelerator(press('z'), 'CmdOrCtrl+Z')).toBe(false)
    expect(matchesAccelerator(press('Z', { ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+Z')).toBe(false)
    expect(matchesAccelerator(press('Z', { ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+Shift+Z')).toBe(true)
    expect(matchesAccelerator(press('z', { ctrlKey: true, altKey: true }), 'CmdOrCtrl+Z')).toBe(false)
  })

  it('reads the physical key where the layout types no Latin letter (Russian, Azerbaijani Cyrillic)', () => {
    expect(matchesAccelerator(press('я', { code: 'KeyZ', ctrlKey: true }), 'CmdOrCtrl+Z')).toBe(true)
    expect(matchesAccelerator(press('щ', { code: 'KeyO', ctrlKey: true }), 'CmdOrCtrl+O')).toBe(true)
    // AZERTY types "&" on the key of 1 and "a" where QWERTY has "q": the typed key decides.
    expect(matchesAccelerator(press('a', { code: 'KeyQ', ctrlKey: true }), 'CmdOrCtrl+Q')).toBe(false)
    expect(matchesAccelerator(press('a', { code: 'KeyQ', ctrlKey: true }), 'CmdOrCtrl+A')).toBe(true)
  })

  it('knows Plus by "+" or "=" with or without Shift, and "?" with the Shift it needs', () => {
    expect(matchesAccelerator(press('=', { ctrlKey: true }), 'CmdOrCtrl+Plus')).toBe(true)
    expect(matchesAccelerator(press('+', { ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+Plus')).toBe(true)
    expect(matchesAccelerator(press('-', { ctrlKey: true }), 'CmdOrCtrl+-')).toBe(true)
    expect(matchesAccelerator(press('?', { shiftKey: true }), '?')).toBe(true)
    expect(matchesAccelerator(press('?', { shiftKey: true, ctrlKey: true }), '?')).toBe(false)
    expect(matchesAccelerator(press('F1'), 'F1')).toBe(true)
  })
})

describe('formatAccelerator', () => {
  it('writes keys as each platform does', () => {
    expect(formatAccelerator('CmdOrCtrl+Shift+Z', false)).toBe('Ctrl+Shift+Z')
    expect(formatAccelerator('CmdOrCtrl+Shift+Z', true)).toBe('⇧⌘Z')
    expect(formatAccelerator('CmdOrCtrl+Plus', false)).toBe('Ctrl++')
    expect(formatAccelerator('F1', true)).toBe('F1')
  })
})

describe('the command table', () => {
  it('has one entry per menu command, and no two commands share a key', () => {
    expect(Object.keys(COMMANDS).sort()).toEqual([...menuCommandSchema.options].sort())
    const keys = Object.values(COMMANDS).flatMap((spec) => [spec.accelerator, ...(spec.aliases ?? [])]).filter((key) => key !== undefined)
    expect(new Set(keys.map((key) => key.toLowerCase())).size).toBe(keys.length)
  })

  it('gives every key a command it alone matches', () => {
    for (const spec of Object.values(COMMANDS)) {
      for (const accelerator of [spec.accelerator, ...(spec.aliases ?? [])].filter((key) => key !== undefined)) {
        const [key = '', ...rest] = accelerator.split('+').reverse()
        const event = press(key === 'Plus' ? '+' : key.length === 1 ? key.toLowerCase() : key, {
          ctrlKey: rest.includes('CmdOrCtrl'),
          shiftKey: rest.includes('Shift') || key === '?'
        })
        const matching = Object.values(COMMANDS).filter((other) => [other.accelerator, ...(other.aliases ?? [])].some((a) => a !== undefined && matchesAccelerator(event, a)))
        expect(matching, accelerator).toEqual([spec])
      }
    }
  })
})
