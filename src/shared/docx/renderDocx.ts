/**
 * The report as a Word document (docx): title and metadata, a legend, the summary table, each
 * article with its passages shaded and every passage's themes and note as a Word comment on it,
 * then the passages grouped as the options say. Opens in Word and LibreOffice alike.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type ParagraphChild
} from 'docx'
import { UNTAGGED_COLOR } from '../highlightStyle'
import { SECTION_TITLES } from '../report/grouping'
import { UNKNOWN_THEME_NAME } from '../report/model'
import { articleTitle, type ResolvedArticle, type ResolvedReport } from '../report/resolve'
import { metadataRows } from '../report/metadataRows'
import { formatShare } from '../report/summary'
import { articleParagraphs, MUTED, PARAGRAPH_NUMBER_STYLE } from './articleParagraphs'
import { CommentBook } from './comments'
import { passageParagraphs, QuoteStyles } from './passageParagraphs'
import { HighlightStyles, wordColor } from './shading'

export async function renderDocx(report: ResolvedReport): Promise<Uint8Array> {
  const { request } = report
  const { options } = request
  const comments = new CommentBook(report)
  const looks = new HighlightStyles()
  const several = report.articles.length !== 1
  const children: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(report.title)] }),
    ...metadata(report),
    heading1('Themes'),
    ...legend(report, options.themeDetails)
  ]
  if (options.summary) children.push(heading1('Summary'), summaryTable(report))
  if (options.fullText) {
    for (const article of report.articles) {
      children.push(heading1(several ? articleTitle(article.document) : 'Article'))
      if (several) children.push(...articleMetadata(article))
      children.push(...articleParagraphs(article, comments, looks, several ? 3 : 2))
    }
  }
  const quotes = new QuoteStyles()
  children.push(heading1(report.t(SECTION_TITLES[options.order])), ...passageParagraphs(report, comments, quotes))
  const document = new Document({
    creator: request.analystName || 'Themata',
    title: report.title,
    description: 'Annotated report made with Themata',
    styles: {
      default: {
        document: { run: { font: 'Cambria', size: 22 } },
        title: { run: { font: 'Calibri', size: 44, bold: true }, paragraph: { spacing: { after: 160 } } },
        heading1: { run: { font: 'Calibri', size: 32, bold: true, color: '1F2328' }, paragraph: { spacing: { before: 480, after: 160 }, keepNext: true } },
        heading2: { run: { font: 'Calibri', size: 26, bold: true, color: '1F2328' }, paragraph: { spacing: { before: 320, after: 120 }, keepNext: true } },
        heading3: { run: { font: 'Calibri', size: 23, bold: true, color: '374151' }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } }
      },
      paragraphStyles: quotes.paragraphStyles(),
      characterStyles: [{ id: PARAGRAPH_NUMBER_STYLE, name: 'Paragraph number', run: { size: 14, color: 'A0A4AA' } }, ...QuoteStyles.characterStyles(), ...looks.definitions()]
    },
    comments: { children: comments.options() },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [small(report.title)] })] }) },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16, color: MUTED })] })]
          })
        },
        children
      }
    ]
  })
  return Packer.pack(document, 'uint8array')
}

function heading1(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(text)] })
}

function small(text: string, extra: { italics?: boolean } = {}): TextRun {
  return new TextRun({ text, size: 18, color: MUTED, ...extra })
}

function labelled(label: string, value: string): Paragraph {
  return new Paragraph({ spacing: { after: 40 }, children: [new TextRun({ text: `${label}: `, bold: true, size: 20 }), new TextRun({ text: value, size: 20 })] })
}

function metadata(report: ResolvedReport): Paragraph[] {
  const { request, t } = report
  const generated = Number.isNaN(request.generatedAt.getTime()) ? t('report.unknownTime') : `${request.generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`
  return [
    ...metadataRows(report).map(([label, value]) => labelled(label, value)),
    new Paragraph({ spacing: { before: 120 }, children: [small(`${t('report.generated')} ${generated}`)] })
  ]
}

function articleMetadata(article: ResolvedArticle): Paragraph[] {
  const { metadata, fileName } = article.document
  const rows: [string, string | undefined][] = [
    ['Author', metadata.author],
    ['Date', metadata.date],
    ['Source', metadata.source],
    ['File', fileName]
  ]
  return rows.filter((r): r is [string, string] => Boolean(r[1]?.trim())).map(([label, value]) => labelled(label, value))
}

function swatch(color: string): TextRun {
  return new TextRun({ text: '■ ', color: wordColor(color) })
}

function legend(report: ResolvedReport, details: boolean): Paragraph[] {
  const out: Paragraph[] = []
  for (const { tag, depth } of report.themes) {
    const indent = { left: depth * 360 }
    const runs: ParagraphChild[] = [swatch(tag.color), new TextRun({ text: tag.name, bold: true })]
    if (details && tag.description.trim()) runs.push(new TextRun({ text: ` — ${tag.description.trim()}`, color: MUTED }))
    out.push(new Paragraph({ indent, spacing: { after: 60 }, children: runs }))
    if (details && tag.memo.trim()) {
      for (const line of tag.memo.trim().split(/\r?\n/)) out.push(new Paragraph({ indent: { left: depth * 360 + 360 }, children: [new TextRun({ text: line, italics: true, size: 20 })] }))
    }
  }
  if (report.unknown.passages > 0) {
    out.push(new Paragraph({ children: [swatch(UNTAGGED_COLOR), new TextRun({ text: UNKNOWN_THEME_NAME, bold: true }), new TextRun({ text: ' — passages without a theme, or with one no longer in the codebook.', color: MUTED })] }))
  }
  if (out.length === 0) out.push(new Paragraph({ children: [small('The codebook has no themes.', { italics: true })] }))
  return out
}

function cell(text: string, options: { bold?: boolean; right?: boolean; fill?: string; indent?: number; color?: string } = {}): TableCell {
  const runs: TextRun[] = []
  if (options.color) runs.push(swatch(options.color))
  runs.push(new TextRun({ text, bold: options.bold ?? false, size: 20 }))
  return new TableCell({
    ...(options.fill ? { shading: { type: ShadingType.CLEAR, fill: options.fill, color: 'auto' } } : {}),
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [new Paragraph({ alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT, indent: { left: options.indent ?? 0 }, children: runs })]
  })
}

function summaryTable(report: ResolvedReport): Table {
  const several = report.articles.length > 1
  const head = ['Theme', 'Passages', ...(several ? ['Articles'] : []), 'Share of text']
  const widths = several ? [4600, 1400, 1400, 1600] : [5600, 1700, 1700]
  const row = (name: string, c: { passages: number; articles: number; share: number }, look: { bold?: boolean; indent?: number; color?: string } = {}): TableRow =>
    new TableRow({
      children: [
        cell(name, look),
        cell(String(c.passages), { right: true, bold: look.bold ?? false }),
        ...(several ? [cell(String(c.articles), { right: true, bold: look.bold ?? false })] : []),
        cell(formatShare(c.share), { right: true, bold: look.bold ?? false })
      ]
    })
  const rows = [
    new TableRow({ tableHeader: true, children: head.map((h, i) => cell(h, { bold: true, right: i > 0, fill: 'F1F3F5' })) }),
    ...report.themes.map((t) => row(t.tag.name, t, { indent: t.depth * 240, color: t.tag.color })),
    ...(report.unknown.passages > 0 ? [row(UNKNOWN_THEME_NAME, report.unknown, { color: UNTAGGED_COLOR })] : []),
    row('All passages', report.total, { bold: true })
  ]
  return new Table({ width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: widths, rows })
}

