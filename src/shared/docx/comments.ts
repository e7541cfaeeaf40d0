/**
 * Each passage as a real Word comment: its themes and note, by the analyst, dated when the passage
 * was made, anchored on the passage's own text (a range that may cross paragraphs and overlap others).
 */
import { CommentRangeEnd, CommentRangeStart, CommentReference, Paragraph, TextRun, type ICommentOptions, type ParagraphChild } from 'docx'
import { UNKNOWN_THEME_NAME, type Passage } from '../report/model'
import type { ResolvedReport } from '../report/resolve'

export class CommentBook {
  private readonly ids = new Map<Passage, number>()
  private readonly passages: Passage[] = []
  private readonly report: ResolvedReport

  constructor(report: ResolvedReport) {
    this.report = report
  }

  /** The passage's comment id, the same wherever it is anchored. */
  idOf(passage: Passage): number {
    let id = this.ids.get(passage)
    if (id === undefined) {
      id = this.passages.length
      this.ids.set(passage, id)
      this.passages.push(passage)
    }
    return id
  }

  has(passage: Passage): boolean {
    return this.ids.has(passage)
  }

  /** The comments part: one comment per anchored passage. */
  options(): ICommentOptions[] {
    const { analystName, options } = this.report.request
    const author = analystName.trim() || 'Analyst'
    const initials = author
      .split(/\s+/)
      .map((w) => [...w][0] ?? '')
      .join('')
      .slice(0, 4)
    return this.passages.map((p, id) => {
      const themes = p.themes.map((t) => t.name)
      if (p.unknown) themes.push(UNKNOWN_THEME_NAME)
      const children = [new Paragraph({ children: [new TextRun({ text: themes.length > 1 ? 'Themes: ' : 'Theme: ', bold: true }), new TextRun(themes.join(', '))] })]
      const note = p.annotation.note.trim()
      if (options.notes && note) for (const line of note.split(/\r?\n/)) children.push(new Paragraph({ children: [new TextRun(line)] }))
      const date = new Date(p.annotation.createdAt)
      return { id, author, initials, ...(Number.isNaN(date.getTime()) ? {} : { date }), children }
    })
  }
}

/** What opens a comment's range. */
export function commentStart(id: number): ParagraphChild {
  return new CommentRangeStart(id)
}

/** What closes it: the range end, then the run holding the reference Word shows the comment at. */
export function commentEnd(id: number): ParagraphChild[] {
  return [new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })]
}
