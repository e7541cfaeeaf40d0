import { IntlMessageFormat } from 'intl-messageformat'
import { describe, expect, it } from 'vitest'
import { defaultCodebook, THEME_COLOURS } from '../codebook'
import { CATALOGUES, formatMessage, formatRich, type MessageKey } from './format'
import { LOCALES, matchLocale, type Locale } from './locales'

const en = CATALOGUES.en
const keys = Object.keys(en).sort()
const others = LOCALES.filter((l) => l !== 'en')

/** The ICU syntax tree, walked for what a message needs from its caller and for its plurals. */
interface Element {
  type: number
  value?: string
  options?: Record<string, { value: Element[] }>
  children?: Element[]
}
// The element kinds of @formatjs/icu-messageformat-parser's TYPE enum that carry a name or nest messages.
const ARGUMENT = 1
const NUMBER = 2
const DATE = 3
const TIME = 4
const SELECT = 5
const PLURAL = 6
const TAG = 8

function ast(locale: Locale, key: string): Element[] {
  return new IntlMessageFormat(CATALOGUES[locale][key as MessageKey], locale).getAst() as unknown as Element[]
}

function walk(elements: Element[], visit: (element: Element) => void): void {
  for (const element of elements) {
    visit(element)
    for (const option of Object.values(element.options ?? {})) walk(option.value, visit)
    if (element.children) walk(element.children, visit)
  }
}

/** Every value a message fills in (`{name}`, plurals, selects) and every tag it uses. */
function placeholders(locale: Locale, key: string): string[] {
  const names = new Set<string>()
  walk(ast(locale, key), (e) => {
    if ([ARGUMENT, NUMBER, DATE, TIME, SELECT, PLURAL].includes(e.type)) names.add(`{${e.value}}`)
    if (e.type === TAG) names.add(`<${e.value}>`)
  })
  return [...names].sort()
}

describe('the message catalogues', () => {
  it.each(others)('%s has every key of English and no other', (locale) => {
    const theirs = Object.keys(CATALOGUES[locale]).sort()
    expect(keys.filter((k) => !theirs.includes(k)), 'missing').toEqual([])
    expect(theirs.filter((k) => !keys.includes(k)), 'not in English').toEqual([])
  })

  it.each(LOCALES)('every %s message is valid ICU and not empty', (locale) => {
    for (const key of keys) {
      expect(() => ast(locale, key), key).not.toThrow()
      expect(CATALOGUES[locale][key as MessageKey].trim(), key).not.toBe('')
    }
  })

  it.each(others)('%s fills in the same values and tags as English', (locale) => {
    for (const key of keys) expect(placeholders(locale, key), key).toEqual(placeholders('en', key))
  })

  it.each(LOCALES)('every plural in %s has every form the language needs, or one form for all numbers', (locale) => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories
    for (const key of keys) {
      walk(ast(locale, key), (e) => {
        if (e.type !== PLURAL) return
        const forms = Object.keys(e.options ?? {}).filter((f) => !f.startsWith('='))
        if (forms.length === 1 && forms[0] === 'other') return
        expect([...forms].sort(), `${key}: ${forms.join(', ')}`).toEqual([...categories].sort())
      })
    }
  })

  it.each(LOCALES)('every %s message formats with values of the right kind', (locale) => {
    for (const key of keys) {
      const values: Record<string, string | number> = {}
      walk(ast(locale, key), (e) => {
        if (e.type === ARGUMENT) values[e.value as string] = 'x'
        if (e.type === NUMBER || e.type === PLURAL) values[e.value as string] = 3
        if (e.type === SELECT) values[e.value as string] = 'other'
      })
      const formatted = formatRich(locale, key as MessageKey, values)
      expect(formatted.length, key).toBeGreaterThan(0)
    }
  })

  it('counts passages in each language’s plural forms', () => {
    const passages = (locale: Locale, count: number): string => formatMessage(locale, 'count.passages', { count })
    expect([1, 2, 5].map((n) => passages('en', n))).toEqual(['1 passage', '2 passages', '5 passages'])
    expect([1, 2, 5, 11, 21, 22, 25].map((n) => passages('ru', n))).toEqual([
      '1 фрагмент',
      '2 фрагмента',
      '5 фрагментов',
      '11 фрагментов',
      '21 фрагмент',
      '22 фрагмента',
      '25 фрагментов'
    ])
    // Azerbaijani keeps the noun singular after a numeral.
    expect([1, 5].map((n) => passages('az', n))).toEqual(['1 fraqment', '5 fraqment'])
  })

  it('writes numbers as each locale does', () => {
    expect(formatMessage('en', 'count.passages', { count: 12345 })).toBe('12,345 passages')
    expect(formatMessage('ru', 'count.passages', { count: 12345 })).toBe('12\u00a0345 фрагментов')
    expect(formatMessage('az', 'count.passages', { count: 12345 })).toBe('12.345 fraqment')
  })

  it('marks spans for the component that renders them, never as HTML', () => {
    expect(formatRich('en', 'codebook.empty')).toEqual(['No themes yet: add one with ', { tag: 'b', text: 'New theme' }, '.'])
  })

  it('names every palette colour in every language', () => {
    for (const locale of LOCALES) {
      for (const { name } of THEME_COLOURS) expect(CATALOGUES[locale][`colour.${name.toLowerCase()}` as MessageKey], `${locale} ${name}`).toBeTruthy()
    }
  })
})

describe('choosing the language', () => {
  it('takes the first preferred language Themata speaks, by its primary subtag', () => {
    expect(matchLocale(['ru-RU', 'en-US'])).toBe('ru')
    expect(matchLocale(['az-Latn-AZ'])).toBe('az')
    expect(matchLocale(['AZ'])).toBe('az')
    expect(matchLocale(['de-DE', 'ru', 'en'])).toBe('ru')
    expect(matchLocale(['tr-TR', 'de'])).toBe('en')
    expect(matchLocale([])).toBe('en')
  })
})

describe('the default codebook', () => {
  it('exists in every language with the same themes, colours and keys', () => {
    const english = defaultCodebook('en')
    expect(english.map((t) => t.name)).toEqual(['Economic pressure', 'Hybrid tactics', 'CIS'])
    expect(defaultCodebook('ru').map((t) => t.name)).toEqual(['Экономическое давление', 'Гибридные методы', 'СНГ'])
    expect(defaultCodebook('az').map((t) => t.name)).toEqual(['İqtisadi təzyiq', 'Hibrid taktikalar', 'MDB'])
    for (const locale of LOCALES) {
      const themes = defaultCodebook(locale)
      expect(themes.map((t) => [t.color, t.shortcut, t.order, t.parentId])).toEqual(english.map((t) => [t.color, t.shortcut, t.order, t.parentId]))
      for (const [i, t] of themes.entries()) {
        expect(t.description.length).toBeGreaterThan(20)
        if (locale !== 'en') expect(t.description).not.toBe(english[i]?.description)
      }
    }
  })
})
