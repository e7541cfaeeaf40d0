/** The themes (tags) every document is coded with. */
import type { Tag } from '@shared/annotation'
import { codebookOrder } from '@shared/themeTree'
import { addTag, ensureDefaultCodebook, listTags, TagNameError } from '../db/tags'
import { db } from './database'
import { onChangeSet } from './history.svelte'
import { notifyError } from './messages.svelte'

export const codebook = $state<{ tags: Tag[] }>({ tags: [] })

export function tagById(): Map<string, Tag> {
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a fresh lookup per call, never mutated
  return new Map(codebook.tags.map((t) => [t.id, t]))
}

export async function loadCodebook(): Promise<void> {
  await ensureDefaultCodebook(db())
  codebook.tags = codebookOrder(await listTags(db()))
}

/** Adds a theme; returns it, or null after telling the user why not. */
export async function createTheme(name: string): Promise<Tag | null> {
  try {
    const tag = await addTag(db(), name)
    codebook.tags = codebookOrder([...codebook.tags, tag])
    return tag
  } catch (error) {
    notifyError(error instanceof TagNameError ? error.message : `Could not add the theme: ${String(error)}`)
    return null
  }
}

onChangeSet((changes) => {
  if (!changes.tags) return
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- local to this call, not state
  const byId = new Map(codebook.tags.map((t) => [t.id, t]))
  for (const { before, after } of changes.tags) {
    if (after) byId.set(after.id, after)
    else if (before) byId.delete(before.id)
  }
  codebook.tags = codebookOrder([...byId.values()])
})
