/** The languages Themata speaks: English, Russian and Azerbaijani (Latin script). */
export const LOCALES = ['en', 'ru', 'az'] as const
export type Locale = (typeof LOCALES)[number]

/** Each language named in itself, as language menus do, so a reader finds theirs whatever is shown. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', ru: 'Русский', az: 'Azərbaycanca' }

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/**
 * The first of the reader's preferred languages (BCP 47 tags, best first: `navigator.languages`)
 * that Themata speaks, by its primary subtag (`ru-RU` → ru, `az-Latn-AZ` → az); English otherwise.
 * An Azerbaijani reader set to Cyrillic script gets the Latin translation, the only one there is.
 */
export function matchLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0]
    if (isLocale(primary)) return primary
  }
  return 'en'
}
