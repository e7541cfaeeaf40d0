/** Messages between the app and its search worker (src/renderer/src/search/searchWorker.ts). */
import type { Annotation } from '../annotation'
import type { AutocodeRange } from './autocode'
import type { AutocodeUnit } from './extend'
import type { HitInContext } from './match'
import type { SearchOptions } from './options'

/** Hits sent with their context, at most; the rest come as ranges only (autocode still gets them all). */
export const MAX_HITS_WITH_CONTEXT = 10_000

export type SearchRequest =
  /** Reads the articles' texts ahead of a search (the search field got the focus). */
  | { type: 'prepare'; id: number; dbName: string; documentIds: string[] }
  | { type: 'search'; id: number; dbName: string; documentIds: string[]; query: string; options: SearchOptions }
  /** The ranges autocode would tag for these hits, with the quote of each (read storage after the app's pending writes). */
  | { type: 'extend'; id: number; dbName: string; hits: AutocodeRange[]; unit: AutocodeUnit }

export interface ArticleHits {
  documentId: string
  /** Every hit: [start0, end0, start1, end1, …]. */
  ranges: Int32Array
  /** The first hits with their context (all of them unless the search found more than MAX_HITS_WITH_CONTEXT). */
  hits: HitInContext[]
}

export interface ExtendedRange extends AutocodeRange {
  exact: string
  prefix: string
  suffix: string
}

export type SearchReply =
  | { type: 'prepared'; id: number }
  /** The texts are read; matching starts now (the time budget runs from here). */
  | { type: 'matching'; id: number }
  | { type: 'results'; id: number; articles: ArticleHits[]; total: number }
  /** The ranges, and the stored passages starting where one of them starts (to find those already tagged). */
  | { type: 'extended'; id: number; ranges: ExtendedRange[]; existing: Annotation[] }
  | { type: 'error'; id: number; message: string }
