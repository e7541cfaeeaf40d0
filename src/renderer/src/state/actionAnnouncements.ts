/** Tells screen reader users what each action, undo and redo did, in the live region ("Tagged as CIS", "Undone: Tagged as CIS"). */
import { describeChange } from '../history/describeChange'
import { t } from '../i18n/i18n.svelte'
import { announce } from './announcer.svelte'
import { tagById } from './codebook.svelte'
import { onAction } from './history.svelte'

onAction((kind, entry) => {
  const tags = tagById()
  const done = describeChange(entry.label, entry.changes, (id) => tags.get(id)?.name, t)
  announce(kind === 'do' ? done : t(kind === 'undo' ? 'announce.undone' : 'announce.redone', { action: done }))
})
