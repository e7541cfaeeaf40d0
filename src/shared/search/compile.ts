/**
 * A query and its options as one regular expression, or one sentence saying why not. Words and
 * phrases are compiled too (escaped), so every search runs the same way: one RegExp over the text,
 * or over its diacritic-folded copy (same offsets).
 */
import { foldDiacritics } from './fold'
import type { SearchOptions } from './options'
import { english, type Translate } from '../i18n/format'

export type CompiledSearch = { ok: true; regex: RegExp; folded: boolean } | { ok: false; message: string }

/** Longest query accepted: a search field, not a document. */
export const MAX_QUERY_LENGTH = 500

const SPECIAL = /[\\^$.*+?()[\]{}|/]/

function escapeChar(c: string): string {
  return SPECIAL.test(c) ? `\\${c}` : c
}

/**
 * One character of a literal query. With case-insensitivity the regex's `i` flag does the usual
 * pairs (Unicode simple case folding, so Cyrillic and Greek too); the Turkish and Azerbaijani i's
 * are added by hand, since simple folding leaves them out:
 * i matches I and İ; I matches i and ı; ı matches only I; İ matches only i.
 */
function literalChar(c: string, caseInsensitive: boolean): string {
  if (c === "'" || c === '’' || c === 'ʼ' || c === '‘') return "['’ʼ‘]"
  if (!caseInsensitive) return escapeChar(c)
  switch (c) {
    case 'i':
      return '[iİ]'
    case 'I':
      return '[Iı]'
    case 'ı':
      return '(?-i:[ıI])'
    case 'İ':
      return '(?-i:[İi])'
    default:
      return escapeChar(c)
  }
}

function literalPattern(query: string, caseInsensitive: boolean): string {
  let pattern = ''
  let space = false
  for (const c of query) {
    // A run of spaces in the query matches any run of white space in the text.
    if (/\s/.test(c)) {
      if (!space) pattern += '\\s+'
      space = true
      continue
    }
    space = false
    pattern += literalChar(c, caseInsensitive)
  }
  return pattern
}

const WORD = '[\\p{L}\\p{M}\\p{N}_]'

/** The query as a RegExp (global, Unicode, multiline: ^ and $ also at paragraph edges), or why not in words (`t`'s language). */
export function compileSearch(rawQuery: string, options: SearchOptions, t: Translate = english): CompiledSearch {
  const query = options.regex ? rawQuery : rawQuery.trim()
  if (query.trim() === '') return { ok: false, message: t('search.emptyQuery') }
  if (query.length > MAX_QUERY_LENGTH) return { ok: false, message: t('search.queryTooLong', { max: MAX_QUERY_LENGTH }) }
  const folded = options.diacriticInsensitive
  const source = folded ? foldDiacritics(query) : query
  let pattern = options.regex ? source : literalPattern(source, options.caseInsensitive)
  if (options.wholeWord) pattern = `(?<!${WORD})(?:${pattern})(?!${WORD})`
  const flags = `gmu${options.caseInsensitive ? 'i' : ''}`
  try {
    return { ok: true, regex: new RegExp(pattern, flags), folded }
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '').replace(/^\/.*\/[a-z]*: /, '') : String(error)
    return { ok: false, message: t('search.badPattern', { reason }) }
  }
}
