/**
 * Electron accelerators ("CmdOrCtrl+Shift+Z") matched against key events and written out for
 * people. The native menu only shows its keys (the renderer handles them, the same in browser
 * mode), so this is where a key press becomes a command.
 */

/** What a key event carries that matters here (a DOM KeyboardEvent has all of it). */
export interface KeyPress {
  key: string
  /** The physical key ("KeyZ"): Ctrl+Z still undoes when a Russian or Azerbaijani layout types "я". */
  code?: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}

interface Parsed {
  command: boolean
  shift: boolean
  alt: boolean
  key: string
}

const COMMAND_MODIFIERS = new Set(['cmdorctrl', 'commandorcontrol', 'cmd', 'command', 'ctrl', 'control'])

function parse(accelerator: string): Parsed {
  // "CmdOrCtrl+Plus" names the "+" key by name, so splitting on "+" never leaves an empty key.
  const parts = accelerator.split('+')
  const key = parts.pop() ?? ''
  const modifiers = parts.map((part) => part.toLowerCase())
  return {
    command: modifiers.some((m) => COMMAND_MODIFIERS.has(m)),
    shift: modifiers.includes('shift'),
    alt: modifiers.includes('alt') || modifiers.includes('option'),
    key
  }
}

/** Keys an event may report for the accelerator's key; "Plus" is "=" unshifted on most layouts. */
function keysFor(key: string): string[] {
  if (key === 'Plus') return ['+', '=']
  if (key === '-') return ['-', '_']
  return [key.toLowerCase()]
}

/** The physical key of a letter or digit, for layouts whose letters are not Latin. */
function codeFor(key: string): string | null {
  if (/^[a-z]$/i.test(key)) return `Key${key.toUpperCase()}`
  if (/^[0-9]$/.test(key)) return `Digit${key}`
  return null
}

/** Whether the key a shortcut names needs Shift on its own ("?"), so Shift is not a modifier then. */
const shiftIsPartOfKey = (key: string): boolean => key === 'Plus' || key === '?'

/**
 * Whether `press` is the accelerator's key. Ctrl and Cmd both count as CmdOrCtrl on every platform
 * (as the app always did); Shift and Alt must be exactly as written.
 */
export function matchesAccelerator(press: KeyPress, accelerator: string): boolean {
  const wanted = parse(accelerator)
  if (wanted.command !== (press.ctrlKey || press.metaKey)) return false
  if (wanted.alt !== press.altKey) return false
  if (!shiftIsPartOfKey(wanted.key) && wanted.shift !== press.shiftKey) return false
  if (keysFor(wanted.key).includes(press.key.toLowerCase())) return true
  const code = codeFor(wanted.key)
  // Only where the layout typed no Latin letter or digit at all: on AZERTY, Ctrl+& is not Ctrl+1.
  return code !== null && press.code === code && !/^[a-z0-9]$/i.test(press.key)
}

/** The accelerator as people read it: "Ctrl+Shift+Z", or "⇧⌘Z" on a Mac. */
export function formatAccelerator(accelerator: string, mac: boolean): string {
  const { command, shift, alt, key } = parse(accelerator)
  const shown = key === 'Plus' ? '+' : key.length === 1 ? key.toUpperCase() : key
  if (mac) return `${alt ? '⌥' : ''}${shift ? '⇧' : ''}${command ? '⌘' : ''}${shown}`
  return [command ? 'Ctrl' : null, alt ? 'Alt' : null, shift ? 'Shift' : null, shown].filter(Boolean).join('+')
}
