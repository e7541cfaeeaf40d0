/** Messages for the user: errors stay until dismissed, confirmations fade by themselves. */

export interface Message {
  id: number
  kind: 'error' | 'info'
  text: string
}

export const messages = $state<{ list: Message[] }>({ list: [] })
let nextId = 1

export function notify(text: string, kind: Message['kind'] = 'info'): void {
  const id = nextId++
  messages.list.push({ id, kind, text })
  if (kind === 'info') setTimeout(() => dismiss(id), 6000)
}

export function notifyError(text: string): void {
  notify(text, 'error')
}

/** An error not shown again while the same one is still on screen. */
export function notifyErrorOnce(text: string): void {
  if (!messages.list.some((message) => message.kind === 'error' && message.text === text)) notifyError(text)
}

export function dismiss(id: number): void {
  const at = messages.list.findIndex((m) => m.id === id)
  if (at >= 0) messages.list.splice(at, 1)
}
