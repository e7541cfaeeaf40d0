import { describe, expect, it } from 'vitest'
import { dateFormat, hasLocaleData, listFormat, numberFormat } from './intl'

// Node's full ICU has Azerbaijani: what it writes is what the conventions kept for a runtime without it must write.
const NUMBERS = [0, 0.5, 7, 1234, 10_000, 1_234_567.5, -1234.567, 100_000]
const SHARES = [0, 0.0004, 0.123, 0.5, 1]
const DATES = [Date.UTC(2025, 0, 1), Date.UTC(2025, 7, 8, 14, 5), Date.UTC(2026, 10, 29, 23, 59), Date.UTC(2024, 1, 29, 0, 0)]
const DATE_FORMS: Intl.DateTimeFormatOptions[] = [
  { dateStyle: 'medium', timeZone: 'UTC' },
  { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' },
  { month: 'short', timeZone: 'UTC' },
  { day: 'numeric', month: 'short', timeZone: 'UTC' },
  { year: 'numeric', timeZone: 'UTC' }
]

describe('Azerbaijani where the runtime has no data for it', () => {
  it('knows Node has the data', () => {
    expect(hasLocaleData('az')).toBe(true)
    expect(hasLocaleData('ru')).toBe(true)
  })

  it('writes numbers and percentages as Intl does with the data', () => {
    for (const n of NUMBERS) expect(numberFormat('az', undefined, false).format(n)).toBe(new Intl.NumberFormat('az').format(n))
    for (const digits of [1, 2]) {
      const options = { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits } as const
      for (const share of SHARES) expect(numberFormat('az', options, false).format(share)).toBe(new Intl.NumberFormat('az', options).format(share))
    }
    expect(numberFormat('az', undefined, false).format(1_234_567.5)).toBe('1.234.567,5')
  })

  it('writes the dates the app shows as Intl does with the data', () => {
    for (const options of DATE_FORMS) for (const date of DATES) expect(dateFormat('az', options, false).format(date)).toBe(new Intl.DateTimeFormat('az', options).format(date))
    expect(dateFormat('az', { dateStyle: 'medium', timeZone: 'UTC' }, false).format(Date.UTC(2025, 7, 8))).toBe('8 avq 2025')
  })

  it('joins lists as Intl does with the data', () => {
    for (const type of ['conjunction', 'disjunction'] as const) {
      for (const items of [[], ['A'], ['A', 'B'], ['A', 'B', 'C'], ['bir', 'iki', 'üç', 'dörd']]) {
        expect(listFormat('az', items, type, false)).toBe(new Intl.ListFormat('az', { style: 'long', type }).format(items))
      }
    }
  })

  it('leaves other languages to Intl', () => {
    expect(numberFormat('ru', undefined, false).format(1234.5)).toBe(new Intl.NumberFormat('ru').format(1234.5))
    expect(listFormat('en', ['A', 'B', 'C'], 'conjunction', false)).toBe('A, B, and C')
  })
})
