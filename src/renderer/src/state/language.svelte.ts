/**
 * Which language the app speaks: the user's choice, kept for every project in the registry
 * database, or else the first of the system's (in a browser, the browser's) preferred languages
 * that Themata speaks. Electron gives the renderer the system's languages as `navigator.languages`.
 */
import { matchLocale, type Locale } from '@shared/i18n/locales'
import { storedLanguage, storeLanguage } from '../db/languageSetting'
import { applyLocale } from '../i18n/i18n.svelte'
import { registry } from './database'

export const languageChoice = $state<{ chosen: Locale | null; system: Locale }>({ chosen: null, system: systemLocale() })

function systemLocale(): Locale {
  return matchLocale(typeof navigator === 'undefined' ? [] : [...navigator.languages, navigator.language])
}

/** Before the app shows: the system's language at once, then the stored choice if there is one. */
export async function loadLanguage(): Promise<void> {
  applyLocale(languageChoice.system)
  try {
    languageChoice.chosen = await storedLanguage(registry)
  } catch (error) {
    // The registry is also opened by the project list, which says what is wrong; here the system's language will do.
    console.warn('Could not read the language setting:', error)
  }
  applyLocale(languageChoice.chosen ?? languageChoice.system)
}

/** A language for the app (null: as the system), remembered for next time. */
export async function chooseLanguage(chosen: Locale | null): Promise<void> {
  languageChoice.chosen = chosen
  applyLocale(chosen ?? languageChoice.system)
  await storeLanguage(registry, chosen)
}
