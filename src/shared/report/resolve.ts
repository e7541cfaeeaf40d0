/**
 * A report request resolved once: each article's passages against the chosen themes, the totals
 * per theme over all articles, and the theme × article counts. Every format writes from this.
 */
import type { Tag } from '../annotation'
import { codebookOrder, depthOf, descendantIds, themePath } from '../themeTree'
import { buildModel, type ReportModel } from './model'
import type { ReportDocument, ReportRequest } from './request'
import { unionLength, type Coverage, type TextRange } from './summary'
import { english, translator, type Translate } from '../i18n/format'
import type { Locale } from '../i18n/locales'

export interface ResolvedArticle {
  /** 0-based position among the report's articles. */
  index: number
  /** Prefix of the article's element ids in HTML: '' in a report of one article. */
  anchor: string
  document: ReportDocument
  /** Its passages (those the chosen themes keep), numbered notes and block starts. */
  model: ReportModel
}

export interface ThemeTotal extends Coverage {
  tag: Tag
  /** Names from the top of the codebook down to this theme. */
  path: string[]
  depth: number
  /** Articles with at least one passage of this theme. */
  articles: number
}

export interface ArticlesCoverage extends Coverage {
  articles: number
}

export interface ResolvedReport {
  request: ReportRequest
  /** The report's title: the article's for one article, else the project's name. */
  title: string
  /** The themes shown, in codebook order. */
  tags: Tag[]
  articles: ResolvedArticle[]
  themes: ThemeTotal[]
  /** Passages without a theme or with one the codebook lacks; only when every theme is kept. */
  unknown: ArticlesCoverage
  total: ArticlesCoverage
  /** counts[t][a]: passages of themes[t] in articles[a]. */
  counts: number[][]
  /** Characters of text over all articles (the denominator of every share). */
  textLength: number
  /** The report's own words, in `locale`. */
  t: Translate
  locale: Locale
}

/** The chosen themes with all their sub-themes, or null for every theme. */
export function chosenThemeIds(tags: readonly Tag[], themeIds: readonly string[] | null): Set<string> | null {
  if (themeIds === null) return null
  const chosen = new Set<string>()
  for (const id of themeIds) {
    if (!tags.some((t) => t.id === id)) continue
    chosen.add(id)
    for (const sub of descendantIds(tags, id)) chosen.add(sub)
  }
  return chosen
}

export function resolveReport(request: ReportRequest): ResolvedReport {
  const { tags, options } = request
  const filter = { themeIds: chosenThemeIds(tags, options.themeIds), notes: options.notes }
  const several = request.articles.length > 1
  const articles = request.articles.map(
    (a, index): ResolvedArticle => ({
      index,
      anchor: several ? `a${index + 1}-` : '',
      document: a.document,
      model: buildModel(a.document, tags, a.annotations, filter)
    })
  )
  const shown = filter.themeIds ? codebookOrder(tags).filter((t) => filter.themeIds?.has(t.id)) : codebookOrder(tags)
  const textLength = articles.reduce((n, a) => n + a.document.text.length, 0)
  const share = (chars: number): number => (textLength > 0 ? chars / textLength : 0)
  const position = new Map(shown.map((t, i) => [t, i]))
  const counts = shown.map(() => articles.map(() => 0))
  const covered = shown.map(() => 0)
  const unknown = { passages: 0, coveredChars: 0, articles: 0 }
  const total = { passages: 0, coveredChars: 0, articles: 0 }
  for (const article of articles) {
    const byTheme = shown.map((): TextRange[] => [])
    const unknownRanges: TextRange[] = []
    for (const p of article.model.passages) {
      for (const t of p.themes) byTheme[position.get(t) as number]?.push(p)
      if (p.unknown) unknownRanges.push(p)
    }
    byTheme.forEach((ranges, t) => {
      ;(counts[t] as number[])[article.index] = ranges.length
      covered[t] = (covered[t] as number) + unionLength(ranges)
    })
    add(unknown, unknownRanges)
    add(total, article.model.passages)
  }
  const locale = request.locale ?? 'en'
  const t = translator(locale)
  return {
    request,
    t,
    locale,
    title: several || request.articles.length === 0 ? request.projectName.trim() || t('report.untitledProject') : articleTitle(articles[0]?.document, t),
    tags: shown,
    articles,
    themes: shown.map((tag, t) => {
      const row = counts[t] as number[]
      return {
        tag,
        path: themePath(tags, tag.id),
        depth: depthOf(tags, tag.id),
        passages: row.reduce((n, c) => n + c, 0),
        articles: row.filter((c) => c > 0).length,
        coveredChars: covered[t] as number,
        share: share(covered[t] as number)
      }
    }),
    unknown: { ...unknown, share: share(unknown.coveredChars) },
    total: { ...total, share: share(total.coveredChars) },
    counts,
    textLength
  }
}

function add(into: { passages: number; coveredChars: number; articles: number }, ranges: readonly TextRange[]): void {
  if (ranges.length === 0) return
  into.passages += ranges.length
  into.coveredChars += unionLength(ranges)
  into.articles++
}

export function articleTitle(document: ReportDocument | undefined, t: Translate = english): string {
  return document?.title.trim() || t('report.untitled')
}
