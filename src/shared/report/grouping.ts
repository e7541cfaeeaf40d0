/**
 * The passages in the order the analyst chose, as groups every format lays out alike:
 * under each theme; under each article, then each theme; or each article in reading order.
 */
import type { Tag } from '../annotation'
import { UNTAGGED_COLOR } from '../highlightStyle'
import type { Passage } from './model'
import type { PassageOrder } from './request'
import { articleTitle, type ResolvedArticle, type ResolvedReport } from './resolve'
import { english, type MessageKey, type Translate } from '../i18n/format'

export interface PassageItem {
  article: ResolvedArticle
  passage: Passage
}

/** A theme as a group heading: a codebook theme, or (tag null) the unknown theme. */
export interface ThemeHeading {
  tag: Tag | null
  name: string
  color: string
  /** 1-based position in the report's theme list, 0 for the unknown theme: stable ids. */
  number: number
}

export interface ThemeGroup {
  theme: ThemeHeading
  items: PassageItem[]
}

export interface ArticleGroup {
  article: ResolvedArticle
  /** By article: one group per theme with passages. */
  themes: ThemeGroup[]
  /** In reading order: every passage once. */
  items: PassageItem[]
}

export type PassageGroups = { order: 'theme'; themes: ThemeGroup[] } | { order: 'article' | 'position'; articles: ArticleGroup[] }

/** The passages section's title for each order (`report.t(SECTION_TITLES[order])`). */
export const SECTION_TITLES: Record<PassageOrder, MessageKey> = {
  theme: 'report.passagesByTheme',
  article: 'report.byArticle',
  position: 'report.inReadingOrder'
}

export function themeHeadings(report: ResolvedReport): ThemeHeading[] {
  const headings: ThemeHeading[] = report.tags.map((tag, i) => ({ tag, name: tag.name, color: tag.color, number: i + 1 }))
  if (report.unknown.passages > 0) headings.push({ tag: null, name: report.t('report.unknownTheme'), color: UNTAGGED_COLOR, number: 0 })
  return headings
}

/** Whether the passage is listed under the heading. */
export function underTheme(passage: Passage, heading: ThemeHeading): boolean {
  return heading.tag === null ? passage.unknown : passage.themes.includes(heading.tag)
}

/** Groups the passages; by theme every theme has a group, even an empty one. */
export function groupPassages(report: ResolvedReport, order: PassageOrder): PassageGroups {
  const headings = themeHeadings(report)
  if (order === 'theme') {
    const themes = headings.map((theme) => ({ theme, items: [] as PassageItem[] }))
    const byTag = new Map(themes.map((g) => [g.theme.tag, g.items]))
    for (const article of report.articles) {
      for (const passage of article.model.passages) {
        for (const t of passage.themes) byTag.get(t)?.push({ article, passage })
        if (passage.unknown) byTag.get(null)?.push({ article, passage })
      }
    }
    return { order, themes }
  }
  const articles = report.articles.map((article): ArticleGroup => {
    const items = article.model.passages.map((passage) => ({ article, passage }))
    const themes =
      order === 'article'
        ? headings.map((theme) => ({ theme, items: items.filter((i) => underTheme(i.passage, theme)) })).filter((g) => g.items.length > 0)
        : []
    return { article, themes, items }
  })
  return { order, articles }
}

/** "Paragraph 4" or "Paragraph 4–6". */
export function paragraphLabel(passage: Passage, t: Translate = english): string {
  const first = passage.firstBlock + 1
  return t('report.paragraph', { range: passage.lastBlock > passage.firstBlock ? `${first}–${passage.lastBlock + 1}` : `${first}` })
}

/** Where a passage sits, for a reader of a report over several articles: "Title, paragraph 4". */
export function locationLabel(item: PassageItem, several: boolean, t: Translate = english): string {
  const paragraph = paragraphLabel(item.passage, t)
  return several ? `${articleTitle(item.article.document, t)}, ${paragraph.toLowerCase()}` : paragraph
}

/** The passage's theme names other than the group's own (all of them outside a theme group). */
export function otherThemes(passage: Passage, current: ThemeHeading | null, t: Translate = english): string[] {
  const names = passage.themes.filter((tag) => current === null || tag !== current.tag).map((tag) => tag.name)
  if (passage.unknown && current?.tag !== null) names.push(t('report.unknownTheme'))
  return names
}
