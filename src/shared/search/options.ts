/** How a search reads its query. */
export interface SearchOptions {
  /** Letters match whatever their case (default), with the Turkish and Azerbaijani i pairs. */
  caseInsensitive: boolean
  /** é matches e, ə matches e, ı matches i … (see fold.ts). */
  diacriticInsensitive: boolean
  /** The query matches whole words only (letters, digits, marks and _ do not continue it). */
  wholeWord: boolean
  /** The query is a JavaScript regular expression. */
  regex: boolean
}

export const DEFAULT_SEARCH_OPTIONS: SearchOptions = { caseInsensitive: true, diacriticInsensitive: false, wholeWord: false, regex: false }
