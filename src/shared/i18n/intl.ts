/**
 * Numbers, dates and lists in a language, through Intl, or where the runtime's ICU has no data for that
 * language, through CLDR's conventions for it kept here. Chromium's ICU (Debian's at least) has none for
 * Azerbaijani and falls back to the root locale: "1,234.5", "2025 M08 8", "A, B, and C" where CLDR has
 * "1.234,5", "8 avq 2025", "A, B və C". Node's full ICU has the data: the tests compare the two.
 */
import type { Locale } from './locales'

export interface Formatter<T> {
  format(value: T): string
}

/** What a language writes differently from English, for the formats the app uses. */
interface Conventions {
  decimal: string
  group: string
  /** Abbreviated month names, January first. */
  months: readonly string[]
  /** "A və B"; "A, B və C" ("A, B, yaxud C" for `or`, as CLDR has it). */
  and: string
  or: string
  orAfterComma: boolean
}

const CONVENTIONS: Partial<Record<Locale, Conventions>> = {
  az: {
    decimal: ',',
    group: '.',
    months: ['yan', 'fev', 'mar', 'apr', 'may', 'iyn', 'iyl', 'avq', 'sen', 'okt', 'noy', 'dek'],
    and: 'və',
    or: 'yaxud',
    orAfterComma: true
  }
}

const probed = new Map<Locale, boolean>()

/** Whether this runtime's ICU has the language's data: without it a month is written "M08". */
export function hasLocaleData(locale: Locale): boolean {
  let has = probed.get(locale)
  if (has === undefined) {
    has = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2025, 7, 8)) !== 'M08'
    probed.set(locale, has)
  }
  return has
}

/** The language's own conventions when the runtime lacks them and we keep them; otherwise Intl's. */
function fallbackFor(locale: Locale, native: boolean): Conventions | undefined {
  return native ? undefined : CONVENTIONS[locale]
}

/** English's digits with the language's separators: in en-US output "," is only ever the group and "." the decimal. */
function numberFallback(conventions: Conventions, options?: Intl.NumberFormatOptions): Formatter<number> {
  const english = new Intl.NumberFormat('en-US', options)
  const swap = (separator: string): string => (separator === ',' ? conventions.group : conventions.decimal)
  return { format: (n) => english.format(n).replace(/[,.]/g, swap) }
}

/** Day, month, year (and time) of the date in the formatter's time zone, read off English digits. */
function dateFallback(conventions: Conventions, options: Intl.DateTimeFormatOptions): Formatter<Date | number> {
  const fields = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: options.timeZone })
  const medium = options.dateStyle !== undefined
  const wants = { day: medium || options.day !== undefined, month: medium || options.month !== undefined, year: medium || options.year !== undefined }
  return {
    format(date) {
      const part = new Map(fields.formatToParts(date).map((p) => [p.type, p.value]))
      const words = [wants.day && part.get('day'), wants.month && conventions.months[Number(part.get('month')) - 1], wants.year && part.get('year')].filter(Boolean)
      const day = words.join(' ')
      return options.timeStyle !== undefined ? `${day}, ${part.get('hour')}:${part.get('minute')}` : day
    }
  }
}

function listFallback(conventions: Conventions, items: readonly string[], type: 'conjunction' | 'disjunction'): string {
  const word = type === 'conjunction' ? conventions.and : conventions.or
  if (items.length < 2) return items.join('')
  const last = items.at(-1) as string
  const comma = type === 'disjunction' && conventions.orAfterComma && items.length > 2 ? ',' : ''
  return `${items.slice(0, -1).join(', ')}${comma} ${word} ${last}`
}

const cache = new Map<string, Formatter<number> | Formatter<Date | number>>()

function cached<T>(key: string, make: () => Formatter<T>): Formatter<T> {
  let format = cache.get(key) as Formatter<T> | undefined
  if (!format) cache.set(key, (format = make()) as Formatter<number>)
  return format
}

/** A number formatter for the language (made once per language and options: making one is costly). */
export function numberFormat(locale: Locale, options?: Intl.NumberFormatOptions, native = hasLocaleData(locale)): Formatter<number> {
  // Counts are formatted by the thousand (the Analysis view's cells): no options, no JSON to build.
  return cached(`n:${locale}:${native}:${options ? JSON.stringify(options) : ''}`, () => {
    const fallback = fallbackFor(locale, native)
    return fallback ? numberFallback(fallback, options) : new Intl.NumberFormat(locale, options)
  })
}

/**
 * A date formatter for the language. Without the runtime's data, the forms the app uses are written:
 * `dateStyle: 'medium'` (with `timeStyle: 'short'`), or any of day, short month and year.
 */
export function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions, native = hasLocaleData(locale)): Formatter<Date | number> {
  return cached(`d:${locale}:${native}:${JSON.stringify(options)}`, () => {
    const fallback = fallbackFor(locale, native)
    return fallback ? dateFallback(fallback, options) : new Intl.DateTimeFormat(locale, options)
  })
}

/** "A, B and C" (or "A, B or C") in the language's own way. */
export function listFormat(locale: Locale, items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction', native = hasLocaleData(locale)): string {
  const fallback = fallbackFor(locale, native)
  return fallback ? listFallback(fallback, items, type) : new Intl.ListFormat(locale, { style: 'long', type }).format(items)
}
