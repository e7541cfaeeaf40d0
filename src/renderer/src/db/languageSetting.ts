import { isLocale, type Locale } from '@shared/i18n/locales'
import type { ProjectsDb } from './projectsDb'

const LANGUAGE_KEY = 'language'

/** The language the user chose for the app (every project), or null to follow the system. */
export async function storedLanguage(registry: ProjectsDb): Promise<Locale | null> {
  const setting = await registry.settings.get(LANGUAGE_KEY)
  return isLocale(setting?.value) ? setting.value : null
}

export async function storeLanguage(registry: ProjectsDb, choice: Locale | null): Promise<void> {
  if (choice === null) await registry.settings.delete(LANGUAGE_KEY)
  else await registry.settings.put({ key: LANGUAGE_KEY, value: choice })
}
