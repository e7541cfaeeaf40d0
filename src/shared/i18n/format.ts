/**
 * Messages by key, in a language: ICU MessageFormat (plurals by each language's rules, selects,
 * numbers in the locale's digits) through intl-messageformat, which interprets the parsed message
 * and needs no eval, so it runs under the app's strict CSP, in Node (CLI, tests) and in workers.
 */
import { IntlMessageFormat, type Formatters } from 'intl-messageformat'
import { az } from './catalogue/az'
import { en, type Catalogue, type MessageKey } from './catalogue/en'
import { ru } from './catalogue/ru'
import { dateFormat, listFormat, numberFormat } from './intl'
import type { Locale } from './locales'

export type { MessageKey } from './catalogue/en'
export type MessageValues = Readonly<Record<string, string | number | Date>>
/** A message looked up in one language; shared code that words things for people takes one of these. */
export type Translate = (key: MessageKey, values?: MessageValues) => string

export const CATALOGUES: Readonly<Record<Locale, Catalogue>> = { en, ru, az }

const compiled = new Map<string, IntlMessageFormat>()

const pluralRules = new Map<string, Intl.PluralRules>()
const formatters = new Map<Locale, Formatters>()

/**
 * Numbers in messages ("{count, number}", a plural's "#") through `numberFormat`, so they too are the
 * language's where the runtime lacks its data (intl-messageformat only calls `format`). Every formatter
 * is made once: a plural picks its form at each call.
 */
function formattersFor(locale: Locale): Formatters {
  let made = formatters.get(locale)
  if (!made) {
    made = {
      getNumberFormat: (_locales, options) => numberFormat(locale, options) as Intl.NumberFormat,
      getDateTimeFormat: (_locales, options) => dateFormat(locale, options ?? {}) as Intl.DateTimeFormat,
      getPluralRules: (_locales, options) => {
        const type = options?.type ?? 'cardinal'
        let rules = pluralRules.get(`${locale}:${type}`)
        if (!rules) pluralRules.set(`${locale}:${type}`, (rules = new Intl.PluralRules(locale, { type })))
        return rules
      }
    }
    formatters.set(locale, made)
  }
  return made
}

function compile(locale: Locale, key: MessageKey): IntlMessageFormat {
  const id = `${locale}:${key}`
  let format = compiled.get(id)
  if (!format) {
    format = new IntlMessageFormat(CATALOGUES[locale][key], locale, undefined, { formatters: formattersFor(locale) })
    compiled.set(id, format)
  }
  return format
}

/** The message `key` in `locale`, its placeholders filled from `values`. */
export function formatMessage(locale: Locale, key: MessageKey, values?: MessageValues): string {
  return String(compile(locale, key).format(values))
}

/** A message with `<b>` and `<kbd>` spans, as parts for a component to render (never as HTML). */
export type RichPart = string | { tag: 'b' | 'kbd'; text: string }

export function formatRich(locale: Locale, key: MessageKey, values?: MessageValues): RichPart[] {
  const span = (tag: 'b' | 'kbd') => (chunks: unknown[]) => ({ tag, text: chunks.join('') })
  const parts = compile(locale, key).format<RichPart>({ ...values, b: span('b'), kbd: span('kbd') })
  return Array.isArray(parts) ? parts : [parts]
}

export function translator(locale: Locale): Translate {
  return (key, values) => formatMessage(locale, key, values)
}

/** English: the CLI's language, and what shared code words things in unless told otherwise. */
export const english: Translate = translator('en')

/** "A, B and C" in the language's own way. */
export function formatList(locale: Locale, items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return listFormat(locale, items, type)
}
