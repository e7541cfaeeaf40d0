/** The keys the article itself answers, beyond the caret's own (arrows, Shift+arrows, Home, End…). */

export type ArticleKey = { kind: 'open-passage' } | { kind: 'step'; direction: 1 | -1; byTheme: boolean }

type KeyPress = Pick<KeyboardEvent, 'key' | 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey'>

/**
 * Enter opens the popover of the passage at the caret; Alt+↓/↑ go to the next or previous passage;
 * Alt+Shift+↓/↑ to the next or previous passage of the theme at the caret. Null: not one of these.
 */
export function articleKey(event: KeyPress): ArticleKey | null {
  if (event.ctrlKey || event.metaKey) return null
  if (event.key === 'Enter' && !event.altKey && !event.shiftKey) return { kind: 'open-passage' }
  if (event.altKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
    return { kind: 'step', direction: event.key === 'ArrowDown' ? 1 : -1, byTheme: event.shiftKey }
  }
  return null
}
