/**
 * The passages in Word, grouped as in the HTML report: each quote a shaded paragraph edged in its
 * theme's colour (one paragraph style per colour, so 10,000 quotes stay light), then where it sits,
 * its other themes and its note. In a report without the article's text, comments sit on these quotes.
 */
import { HeadingLevel, Paragraph, TextRun, type IParagraphStyleOptions, type ParagraphChild } from 'docx'
import { safeColor, UNTAGGED_COLOR } from '../highlightStyle'
import { contextOf } from '../report/context'
import { groupPassages, locationLabel, otherThemes, type PassageItem, type ThemeGroup, type ThemeHeading } from '../report/grouping'
import { articleTitle, type ResolvedReport } from '../report/resolve'
import { MUTED } from './articleParagraphs'
import { commentEnd, commentStart, type CommentBook } from './comments'
import { tint, wordColor } from './shading'

const META_STYLE = 'ThemataPassageMeta'
const NOTE_STYLE = 'ThemataPassageNote'
const CONTEXT_STYLE = 'ThemataContext'

/** The quote paragraph styles, one per theme colour, declared with the document. */
export class QuoteStyles {
  private readonly ids = new Map<string, string>()

  idFor(color: string): string {
    const hex = safeColor(color).toLowerCase()
    let id = this.ids.get(hex)
    if (!id) {
      id = `ThemataQuote${this.ids.size + 1}`
      this.ids.set(hex, id)
    }
    return id
  }

  paragraphStyles(): IParagraphStyleOptions[] {
    const quotes = [...this.ids].map(([color, id]) => ({
      id,
      name: `Passage quote ${id.slice('ThemataQuote'.length)}`,
      paragraph: {
        spacing: { before: 160, after: 40 },
        indent: { left: 240 },
        shading: { type: 'clear' as const, fill: tint(color, 0.08), color: 'auto' },
        border: { left: { style: 'single' as const, size: 24, color: wordColor(color), space: 6 } }
      }
    }))
    return [
      ...quotes,
      { id: META_STYLE, name: 'Passage location', run: { size: 18, color: MUTED }, paragraph: { indent: { left: 240 }, spacing: { after: 40 } } },
      { id: NOTE_STYLE, name: 'Passage note', run: { size: 20 }, paragraph: { indent: { left: 240 }, spacing: { after: 120 } } }
    ]
  }

  static characterStyles(): { id: string; name: string; run: { color: string } }[] {
    return [{ id: CONTEXT_STYLE, name: 'Passage context', run: { color: MUTED } }]
  }
}

function plural(n: number): string {
  return `${n} passage${n === 1 ? '' : 's'}`
}

function swatch(color: string): TextRun {
  return new TextRun({ text: '■ ', color: wordColor(color) })
}

function emptyLine(text: string): Paragraph {
  return new Paragraph({ style: META_STYLE, children: [new TextRun({ text, italics: true })] })
}

export function passageParagraphs(report: ResolvedReport, comments: CommentBook, quotes: QuoteStyles): Paragraph[] {
  const groups = groupPassages(report, report.request.options.order)
  const several = report.articles.length > 1
  const out: Paragraph[] = []
  const write = (item: PassageItem, theme: ThemeHeading | null): void => {
    out.push(...passage(item, theme, several, report, comments, quotes))
  }
  const themeGroup = (g: ThemeGroup, heading: (typeof HeadingLevel)['HEADING_2' | 'HEADING_3']): void => {
    out.push(new Paragraph({ heading, children: [swatch(g.theme.color), new TextRun(`${g.theme.name} (${plural(g.items.length)})`)] }))
    if (g.items.length === 0) out.push(emptyLine('No passages tagged with this theme.'))
    for (const item of g.items) write(item, g.theme)
  }
  if (groups.order === 'theme') {
    for (const g of groups.themes) themeGroup(g, HeadingLevel.HEADING_2)
    return out
  }
  for (const { article, themes, items } of groups.articles) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(`${articleTitle(article.document)} (${plural(items.length)})`)] }))
    if (items.length === 0) out.push(emptyLine('No passages in this article.'))
    else if (groups.order === 'article') for (const g of themes) themeGroup(g, HeadingLevel.HEADING_3)
    else for (const item of items) write(item, null)
  }
  return out
}

function passage(item: PassageItem, theme: ThemeHeading | null, several: boolean, report: ResolvedReport, comments: CommentBook, quotes: QuoteStyles): Paragraph[] {
  const { options } = report.request
  const p = item.passage
  const color = theme?.color ?? p.themes[0]?.color ?? UNTAGGED_COLOR
  const context = contextOf(item.article.document.text, p, options.contextChars)
  const children: ParagraphChild[] = []
  if (context.before) children.push(new TextRun({ text: context.before, style: CONTEXT_STYLE }))
  const id = !options.fullText && !comments.has(p) ? comments.idOf(p) : null
  if (id !== null) children.push(commentStart(id))
  p.annotation.exact.split(/\n+/).forEach((line, i) => children.push(new TextRun(i > 0 ? { text: line, break: 1 } : line)))
  if (id !== null) children.push(...commentEnd(id))
  if (context.after) children.push(new TextRun({ text: context.after, style: CONTEXT_STYLE }))
  const out = [new Paragraph({ style: quotes.idFor(color), children })]
  const others = otherThemes(p, theme)
  const where = [locationLabel(item, several), ...(others.length > 0 ? [`${theme ? 'Also' : 'Themes'}: ${others.join(', ')}`] : [])].join(' · ')
  if (item.article.document.blocks.length > 0) out.push(new Paragraph({ style: META_STYLE, children: [new TextRun(where)] }))
  const note = p.annotation.note.trim()
  if (options.notes && note) {
    out.push(new Paragraph({ style: NOTE_STYLE, children: [new TextRun({ text: 'Note: ', bold: true }), new TextRun(note.replace(/\r?\n/g, ' '))] }))
  }
  return out
}
