import type { Tag } from '@shared/annotation'
import { DEFAULT_CODEBOOK, freeShortcut, nextThemeColor } from '@shared/codebook'
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

export class TagNameError extends Error {}

/** Adds a theme at the end of the codebook with the least-used palette colour. */
export async function addTag(db: ThemataDb, rawName: string, description = ''): Promise<Tag> {
  const name = rawName.replace(/\s+/g, ' ').trim()
  if (!name) throw new TagNameError('A theme needs a name.')
  if (name.length > 80) throw new TagNameError('Theme names are limited to 80 characters.')
  return db.transaction('rw', db.tags, async () => {
    const existing = await db.tags.orderBy('order').toArray()
    if (existing.some((t) => t.name.toLocaleLowerCase() === name.toLocaleLowerCase())) {
      throw new TagNameError(`There is already a theme called “${name}”.`)
    }
    const tag: Tag = {
      id: crypto.randomUUID(),
      name,
      color: nextThemeColor(existing),
      description,
      memo: '',
      parentId: null,
      order: existing.filter((t) => t.parentId === null).reduce((max, t) => Math.max(max, t.order + 1), 0),
      shortcut: freeShortcut(existing)
    }
    await db.tags.add(tag)
    return tag
  })
}

/** Starts a new project's codebook with `tags` (none: an empty codebook) instead of the default one. */
export async function seedCodebook(db: ThemataDb, tags: readonly Tag[]): Promise<void> {
  await db.transaction('rw', db.tags, db.settings, async () => {
    await db.tags.bulkAdd([...tags])
    await db.settings.put({ key: SEEDED_KEY, value: true })
  })
}
