/**
 * One polite live region for the whole app (components/LiveAnnouncer.svelte): what an action did
 * ("Tagged as CIS"), where a key took the reader ("Passage 3 of 12: CIS"). Screen readers read it
 * when they are done with what they are saying; nothing shows on screen.
 */
class Announcer {
  text = $state('')
}

export const announcer = new Announcer()

let pending = 0

/**
 * Says `text`. The region is emptied first and filled a moment later, so the same words said twice
 * in a row (tagging two passages with one theme) are read twice.
 */
export function announce(text: string): void {
  clearTimeout(pending)
  announcer.text = ''
  pending = window.setTimeout(() => (announcer.text = text), 60)
}
