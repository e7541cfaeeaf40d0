import { describe, expect, it } from 'vitest'
import { compileSearch } from './compile'
import { findHits } from './match'
import { DEFAULT_SEARCH_OPTIONS, type SearchOptions } from './options'

/** The matched strings of `query` in `text`. */
function found(text: string, query: string, options: Partial<SearchOptions> = {}): string[] {
  const compiled = compileSearch(query, { ...DEFAULT_SEARCH_OPTIONS, ...options })
  if (!compiled.ok) throw new Error(compiled.message)
  return findHits(text, compiled).map((h) => text.slice(h.start, h.end))
}

describe('words and phrases', () => {
  it('finds every occurrence, case-insensitive by default', () => {
    expect(found('SOCAR, socar and Socar’s office', 'socar')).toEqual(['SOCAR', 'socar', 'Socar'])
  })

  it('matches case exactly when asked', () => {
    expect(found('SOCAR, socar and Socar', 'Socar', { caseInsensitive: false })).toEqual(['Socar'])
  })

  it('matches a phrase across any run of white space, and either apostrophe', () => {
    expect(found('Russia’s  growing\nhostility', "russia's growing hostility")).toEqual(['Russia’s  growing\nhostility'])
  })

  it('treats regular-expression characters in words as plain text', () => {
    expect(found('costs rose (by 5.5%) in [2024]', '(by 5.5%)')).toEqual(['(by 5.5%)'])
    expect(found('a.b axb', 'a.b')).toEqual(['a.b'])
  })

  it('finds Cyrillic words whatever their case', () => {
    expect(found('Газпром и ГАЗПРОМ, газпромовский', 'газпром')).toEqual(['Газпром', 'ГАЗПРОМ', 'газпром'])
  })

  it('refuses an empty query with one sentence', () => {
    const result = compileSearch('   ', DEFAULT_SEARCH_OPTIONS)
    expect(result).toEqual({ ok: false, message: 'Type a word, a phrase or a pattern to search for.' })
  })
})

describe('Turkish and Azerbaijani i', () => {
  const text = 'İlham ilham ILHAM Bakı BAKI Baki İstanbul istanbul'

  it('i finds İ and I as well as i', () => {
    expect(found(text, 'ilham')).toEqual(['İlham', 'ilham', 'ILHAM'])
    expect(found(text, 'istanbul')).toEqual(['İstanbul', 'istanbul'])
  })

  it('İ finds i but not I', () => {
    expect(found(text, 'İLHAM')).toEqual(['İlham', 'ilham'])
  })

  it('ı finds I but not i; I finds both', () => {
    expect(found(text, 'bakı')).toEqual(['Bakı', 'BAKI'])
    expect(found(text, 'BAKI')).toEqual(['Bakı', 'BAKI', 'Baki'])
  })

  it('keeps them apart when case matters', () => {
    expect(found(text, 'Bakı', { caseInsensitive: false })).toEqual(['Bakı'])
  })
})

describe('diacritic-insensitive', () => {
  it('folds accents, Azerbaijani ə and ı, and Russian ё, both ways', () => {
    const text = 'Azərbaycan Azerbaycan AZƏRBAYCAN café cafe Bakı ёлка елка'
    expect(found(text, 'azerbaycan', { diacriticInsensitive: true })).toEqual(['Azərbaycan', 'Azerbaycan', 'AZƏRBAYCAN'])
    expect(found(text, 'Azərbaycan', { diacriticInsensitive: true })).toEqual(['Azərbaycan', 'Azerbaycan', 'AZƏRBAYCAN'])
    expect(found(text, 'café', { diacriticInsensitive: true })).toEqual(['café', 'cafe'])
    expect(found(text, 'baki', { diacriticInsensitive: true })).toEqual(['Bakı'])
    expect(found(text, 'елка', { diacriticInsensitive: true })).toEqual(['ёлка', 'елка'])
  })

  it('keeps Russian й apart from и', () => {
    expect(found('мой мои', 'мой', { diacriticInsensitive: true })).toEqual(['мой'])
  })

  it('is off by default', () => {
    expect(found('café cafe', 'cafe')).toEqual(['cafe'])
  })

  it('reports hits at the offsets of the original text', () => {
    const text = 'Şəki and Gəncə'
    const compiled = compileSearch('gence', { ...DEFAULT_SEARCH_OPTIONS, diacriticInsensitive: true })
    if (!compiled.ok) throw new Error(compiled.message)
    expect(findHits(text, compiled)).toEqual([{ start: 9, end: 14 }])
  })
})

describe('whole word', () => {
  it('does not match inside a longer word, in any script', () => {
    expect(found('gas gasoline biogas gas.', 'gas', { wholeWord: true })).toEqual(['gas', 'gas'])
    expect(found('нефть нефтью Нефть', 'нефть', { wholeWord: true })).toEqual(['нефть', 'Нефть'])
    expect(found('neft neftçi Neft', 'neft', { wholeWord: true })).toEqual(['neft', 'Neft'])
  })

  it('applies to regular expressions too', () => {
    expect(found('cat catalog tomcat', 'c.t', { wholeWord: true, regex: true })).toEqual(['cat'])
  })
})

describe('regular expressions', () => {
  it('runs the pattern with the options', () => {
    expect(found('SOCAR 2024, socar 2025', 'socar \\d{4}', { regex: true })).toEqual(['SOCAR 2024', 'socar 2025'])
    expect(found('SOCAR 2024, socar 2025', 'socar \\d{4}', { regex: true, caseInsensitive: false })).toEqual(['socar 2025'])
  })

  it('understands Unicode properties', () => {
    expect(found('Baku Баку 2024', '\\p{Script=Cyrillic}+', { regex: true })).toEqual(['Баку'])
  })

  it('skips empty matches', () => {
    expect(found('aab', 'a*', { regex: true })).toEqual(['aa'])
  })

  it('explains a broken pattern in one sentence', () => {
    const result = compileSearch('(unclosed', { ...DEFAULT_SEARCH_OPTIONS, regex: true })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(/^That regular expression is not valid \(.*\)\.$/)
    const bracket = compileSearch('[a-', { ...DEFAULT_SEARCH_OPTIONS, regex: true })
    expect(bracket.ok).toBe(false)
  })
})
