/** Plain text: paragraphs from blank lines, a title from the first line, headings guessed from short lines. */
import type { Block } from '../document'
import type { RawDocument } from './normalize'

/** A longer first line is still a title (it may carry a "date …" prefix); longer than this it is prose. */
const TITLE_LINE_MAX_CHARS = 250
const HEADING_MAX_CHARS = 100
/** Sentence punctuation at the end, before any closing quotes or brackets. */
const TERMINAL = /[.!?:;,…]["'”’»)\]]*$/

function isBlankLine(line: string): boolean {
  return line.trim() === ''
}

function isHeadingLike(line: string): boolean {
  const text = line.trim()
  return text.length > 0 && text.length < HEADING_MAX_CHARS && !TERMINAL.test(text)
}

/** Groups of lines between blank lines; a file with no blank lines has one paragraph per line. */
function splitParagraphs(text: string): string[][] {
  const paragraphs: string[][] = []
  let current: string[] = []
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (!isBlankLine(line)) current.push(line)
    else if (current.length > 0) {
      paragraphs.push(current)
      current = []
    }
  }
  if (current.length > 0) paragraphs.push(current)
  const only = paragraphs[0]
  return paragraphs.length === 1 && only !== undefined ? only.map((line) => [line]) : paragraphs
}

/** The first line is the title; when prose follows it without a blank line, it is split off. */
function titleBlocks(lines: readonly string[]): Block[] {
  const [first = '', ...rest] = lines
  if (rest.length === 0) {
    return [first.trim().length <= TITLE_LINE_MAX_CHARS ? { type: 'heading', level: 1, text: first } : { type: 'paragraph', text: first }]
  }
  return isHeadingLike(first)
    ? [{ type: 'heading', level: 1, text: first }, { type: 'paragraph', text: rest.join(' ') }]
    : [{ type: 'paragraph', text: lines.join(' ') }]
}

/** A lone short line between paragraphs that introduces prose (not another short line) reads as a heading. */
function isSectionHeading(paragraphs: readonly string[][], index: number): boolean {
  const lines = paragraphs[index]
  const next = paragraphs[index + 1]
  if (lines?.length !== 1 || next === undefined) return false
  const nextIsShortLine = next.length === 1 && isHeadingLike(next[0] as string)
  return isHeadingLike(lines[0] as string) && !nextIsShortLine
}

export function parseText(text: string): RawDocument {
  const paragraphs = splitParagraphs(text)
  const blocks = paragraphs.flatMap((lines, index): Block[] => {
    if (index === 0) return titleBlocks(lines)
    if (isSectionHeading(paragraphs, index)) return [{ type: 'heading', level: 2, text: lines.join(' ') }]
    return [{ type: 'paragraph', text: lines.join(' ') }]
  })
  return { blocks }
}
