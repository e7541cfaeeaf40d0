import type { Annotation, Tag } from '@shared/annotation'
import { defaultCodebook } from '@shared/codebook'
import type { Locale } from '@shared/i18n/locales'
import type { ThemataDb } from './db'

const SEEDED_KEY = 'codebookSeeded'

/** Puts the default codebook (in `locale`) in place on first run only, so themes the user deleted stay deleted. */
export async function ensureDefaultCodebook(db: ThemataDb, locale: Locale = 'en'): Promise<void> {
  await db.transaction('rw', db.tags, db.settings, async () => {
    if (await db.settings.get(SEEDED_KEY)) return
    await db.tags.bulkAdd(defaultCodebook(locale).map((t) => ({ ...t, id: crypto.randomUUID() })))
    await db.settings.put({ key: SEEDED_KEY, value: true })
  })
}

export async function listTags(db: ThemataDb): Promise<Tag[]> {
  return db.tags.orderBy('order').toArray()
}

/**
 * Every passage of the project carrying any of the themes `tagIds`, each once: read through the
 * multi-entry `tagIds` index, so merging a theme reads its passages, not the whole project. One
 * `equals` per theme (a single getAll each) rather than `anyOf().distinct()`, which walks a cursor
 * one record at a time and is several times slower at 10,000 passages.
 */
export async function passagesWithThemes(db: ThemataDb, tagIds: readonly string[]): Promise<Annotation[]> {
  const lists = await db.transaction('r', db.annotations, () => Promise.all(tagIds.map((id) => db.annotations.where('tagIds').equals(id).toArray())))
  if (lists.length === 1) return lists[0] as Annotation[]
  const byId = new Map<string, Annotation>()
  for (const list of lists) for (const a of list) byId.set(a.id, a)
  return [...byId.values()]
}

/** How many passages of the project carry each theme, counted on the index (no passage is read). */
export async function passageCountsByTheme(db: ThemataDb, tagIds: readonly string[]): Promise<Map<string, number>> {
  return db.transaction('r', db.annotations, async () => {
    const counts = await Promise.all(tagIds.map((id) => db.annotations.where('tagIds').equals(id).count()))
    return new Map(tagIds.map((id, i) => [id, counts[i] as number]))
  })
}

/** Starts a new project's codebook with `tags` (none: an empty codebook) instead of the default one. */
export async function seedCodebook(db: ThemataDb, tags: readonly Tag[]): Promise<void> {
  await db.transaction('rw', db.tags, db.settings, async () => {
    await db.tags.bulkAdd([...tags])
    await db.settings.put({ key: SEEDED_KEY, value: true })
  })
}
