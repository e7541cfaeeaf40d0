/** The themes (tags) every document is coded with. */
import type { Tag } from '@shared/annotation'
import { addTag, ensureDefaultCodebook, listTags, TagNameError } from '../db/tags'
import { db } from './database'
import { notifyError } from './messages.svelte'

export const codebook = $state<{ tags: Tag[] }>({ tags: [] })

export function tagById(): Map<string, Tag> {
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a fresh lookup per call, never mutated
  return new Map(codebook.tags.map((t) => [t.id, t]))
}

export async function loadCodebook(): Promise<void> {
  await ensureDefaultCodebook(db)
  codebook.tags = await listTags(db)
}

/** Adds a theme; returns it, or null after telling the user why not. */
export async function createTheme(name: string): Promise<Tag | null> {
  try {
    const tag = await addTag(db, name)
    codebook.tags = [...codebook.tags, tag]
    return tag
  } catch (error) {
    notifyError(error instanceof TagNameError ? error.message : `Could not add the theme: ${String(error)}`)
    return null
  }
}
