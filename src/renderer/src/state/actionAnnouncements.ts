/** Tells screen reader users what each action, undo and redo did, in the live region ("Tagged as CIS", "Undone: Tagged as CIS"). */
import { describeChange } from '../history/describeChange'
import { announce } from './announcer.svelte'
import { tagById } from './codebook.svelte'
import { onAction } from './history.svelte'

onAction((kind, entry) => {
  const tags = tagById()
  const done = describeChange(entry.label, entry.changes, (id) => tags.get(id)?.name)
  announce(kind === 'do' ? done : `${kind === 'undo' ? 'Undone' : 'Redone'}: ${done}`)
})
