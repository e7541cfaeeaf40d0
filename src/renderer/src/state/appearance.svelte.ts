/** Light or dark: follows the system until the user picks, then remembers the pick. */
const KEY = 'themata.colorScheme'

function initial(): 'light' | 'dark' {
  const saved = localStorage.getItem(KEY)
  if (saved === 'light' || saved === 'dark') return saved
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
}

export const appearance = $state<{ scheme: 'light' | 'dark' }>({ scheme: initial() })

export function toggleScheme(): void {
  appearance.scheme = appearance.scheme === 'dark' ? 'light' : 'dark'
  localStorage.setItem(KEY, appearance.scheme)
}
