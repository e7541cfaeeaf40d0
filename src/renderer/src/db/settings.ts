import type { ThemataDb } from './db'

const LAST_OPENED_KEY = 'lastOpenedDocument'

/** Remembers the article on screen, so the next start opens it again. */
export async function rememberLastOpened(db: ThemataDb, documentId: string): Promise<void> {
  await db.settings.put({ key: LAST_OPENED_KEY, value: documentId })
}

/** The article on screen when the app was last used, if it is still in the library. */
export async function lastOpened(db: ThemataDb): Promise<string | null> {
  const setting = await db.settings.get(LAST_OPENED_KEY)
  if (typeof setting?.value !== 'string') return null
  return (await db.documents.get(setting.value)) ? setting.value : null
}
