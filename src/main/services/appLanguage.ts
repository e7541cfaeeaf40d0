/**
 * The language main words its menu and dialogs in. The renderer keeps the user's choice and tells
 * main at start and at every change (`setLanguage`); until then main speaks the system's language.
 */
import { translator, type Translate } from '@shared/i18n/format'
import { matchLocale, type Locale } from '@shared/i18n/locales'

export class AppLanguage {
  private current: Locale
  private words: Translate
  private readonly listeners = new Set<(locale: Locale) => void>()

  /** `preferred`: the system's languages, best first (BCP 47 tags). */
  constructor(preferred: readonly string[]) {
    this.current = matchLocale(preferred)
    this.words = translator(this.current)
  }

  get locale(): Locale {
    return this.current
  }

  /** A message in the language of the moment. */
  readonly t: Translate = (key, values) => this.words(key, values)

  /** Speaks `locale` from now on; listeners hear of a change (not of the same language again). */
  set(locale: Locale): void {
    if (locale === this.current) return
    this.current = locale
    this.words = translator(locale)
    for (const listener of this.listeners) listener(locale)
  }

  /** Calls `listener` at every change of language; returns the unsubscribe. */
  onChange(listener: (locale: Locale) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}
