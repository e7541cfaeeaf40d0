/** Opening passages found elsewhere (the Analysis view's lists) in the article, with their popover. */
import { session } from './session.svelte'
import { showView } from './view.svelte'

export const popoverRequest = $state<{ current: { documentId: string; ids: string[] } | null }>({ current: null })

/** Shows the article holding the passages, scrolls to the first and opens the popover of them all. */
export async function openPassages(documentId: string, ids: string[]): Promise<void> {
  const first = ids[0]
  if (first === undefined) return
  showView('article')
  if (session.current?.record.id !== documentId) await session.load(documentId)
  const current = session.current
  if (current?.record.id !== documentId) return
  await current.passagesLoaded
  session.revealPassage(first)
  popoverRequest.current = { documentId, ids }
}
