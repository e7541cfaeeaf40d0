/** Whether the article shows coding stripes in its margin: on until the user turns them off, then remembered. */
const KEY = 'themata.codingStripes'

export const stripes = $state<{ shown: boolean }>({ shown: localStorage.getItem(KEY) !== 'off' })

export function toggleStripes(): void {
  stripes.shown = !stripes.shown
  localStorage.setItem(KEY, stripes.shown ? 'on' : 'off')
}
