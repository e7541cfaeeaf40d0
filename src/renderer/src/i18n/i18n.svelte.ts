/**
 * The language the app speaks now, and its words: `t('key', values)` from the catalogue
 * (src/shared/i18n/), numbers and dates by the locale's conventions. Reading goes through a rune,
 * so whatever a component shows with these follows a change of language at once.
 */
import { formatList, formatMessage, formatRich, type MessageKey, type MessageValues, type RichPart } from '@shared/i18n/format'
import { dateFormat, numberFormat } from '@shared/i18n/intl'
import type { Locale } from '@shared/i18n/locales'

const language = $state<{ locale: Locale }>({ locale: 'en' })

export function locale(): Locale {
  return language.locale
}

/** Speaks `next` from now on, and says so to the page (`<html lang>`: screen readers, hyphenation, fonts). */
export function applyLocale(next: Locale): void {
  language.locale = next
  if (typeof document !== 'undefined') document.documentElement.lang = next
}

export function t(key: MessageKey, values?: MessageValues): string {
  return formatMessage(language.locale, key, values)
}

/** A message with `<b>`/`<kbd>` spans, for `Rich.svelte`. */
export function rich(key: MessageKey, values?: MessageValues): RichPart[] {
  return formatRich(language.locale, key, values)
}

export function formatNumber(n: number): string {
  return numberFormat(language.locale).format(n)
}

/** A share (0.123) as a percentage the locale's way ("12.3%", "12,3 %"), with `digits` decimals. */
export function formatPercent(share: number, digits: number): string {
  return numberFormat(language.locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(share)
}

/** A day, as the locale writes it ("26 Nov 2026", "26 нояб. 2026 г.", "26 noy 2026"). */
export function formatDate(time: number | Date): string {
  return dateFormat(language.locale, { dateStyle: 'medium' }).format(time)
}

export function formatAnd(items: readonly string[]): string {
  return formatList(language.locale, items)
}
