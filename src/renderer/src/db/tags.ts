import type { Annotation, Tag } from '@shared/annotation'
import { DEFAULT_CODEBOOK } from '@shared/codebook'
import type { ThemataDb } from './db'

const SEEDED_KEY = 'codebookSeeded'

/** Puts the default codebook in place on first run only, so themes the user deleted stay deleted. */
export async function ensureDefaultCodebook(db: ThemataDb): Promise<void> {
  await db.transaction('rw', db.tags, db.settings, async () => {
    if (await db.settings.get(SEEDED_KEY)) return
    await db.tags.bulkAdd(DEFAULT_CODEBOOK.map((t) => ({ ...t, id: crypto.randomUUID() })))
    await db.settings.put({ key: SEEDED_KEY, value: true })
  })
}

export async function listTags(db: ThemataDb): Promise<Tag[]> {
  return db.tags.orderBy('order').toArray()
}

/**
 * Every passage of the project carrying any of the themes `tagIds`, each once: read through the
 * multi-entry `tagIds` index, so merging a theme reads its passages, not the whole project.
 */
export async function passagesWithThemes(db: ThemataDb, tagIds: readonly string[]): Promise<Annotation[]> {
  if (tagIds.length === 0) return []
  return db.annotations.where('tagIds').anyOf([...tagIds]).distinct().toArray()
}

/** How many passages of the project carry each theme, counted on the index (no passage is read). */
export async function passageCountsByTheme(db: ThemataDb, tagIds: readonly string[]): Promise<Map<string, number>> {
  return db.transaction('r', db.annotations, async () => {
    const counts = await Promise.all(tagIds.map((id) => db.annotations.where('tagIds').equals(id).count()))
    return new Map(tagIds.map((id, i) => [id, counts[i] as number]))
  })
}
