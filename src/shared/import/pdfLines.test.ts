import { describe, expect, it } from 'vitest'
import { pageLines, type PdfTextItem } from './pdfLines'

/** An item of `size` pt text at (x, y), half an em per character wide. */
function item(str: string, x: number, y: number, { size = 10, hasEOL = false }: { size?: number; hasEOL?: boolean } = {}): PdfTextItem {
  return { str, transform: [size, 0, 0, size, x, y], width: str.length * size * 0.5, hasEOL }
}

describe('pageLines', () => {
  it('joins the items of a baseline, with a space only where there is a gap or a space item', () => {
    const lines = pageLines([item('Harbour', 50, 700), item('s', 85, 700), item(' ', 90, 700), item('reopen', 95, 700), item('ed', 135, 700)], 3)
    expect(lines).toEqual([{ text: 'Harbours reopen ed', x: 50, y: 700, right: 145, size: 10, page: 3 }])
  })

  it('starts a line at a new baseline or after an end-of-line mark', () => {
    const lines = pageLines([item('One', 50, 700, { hasEOL: true }), item('two', 80, 700), item('', 50, 688, { hasEOL: true }), item('three', 50, 688)], 1)
    expect(lines.map((line) => line.text)).toEqual(['One', 'two', 'three'])
  })

  it('keeps a raised footnote mark on its line and takes the size of the longest item', () => {
    const lines = pageLines([item('A claim', 50, 700), item('1', 85, 703.5, { size: 6 }), item(' that is sourced.', 88, 700)], 1)
    expect(lines).toEqual([{ text: 'A claim1 that is sourced.', x: 50, y: 700, right: 173, size: 10, page: 1 }])
  })

  it('reads the font size from the text matrix', () => {
    const [line] = pageLines([{ str: 'Big', transform: [0, 18, -18, 0, 100, 400], width: 30, hasEOL: false }], 1)
    expect(line?.size).toBe(18)
  })

  it('reads right-to-left words from right to left when the file writes them left to right', () => {
    // ArabicCIDTrueType.pdf: each word an item, the line written from its left end.
    const lines = pageLines([item('العربية', 160, 700), item(' ', 200, 700), item('الخطوط', 210, 700), item(' ', 245, 700), item('انواع', 255, 700)], 1)
    expect(lines).toEqual([{ text: 'انواع الخطوط العربية', x: 160, y: 700, right: 280, size: 10, page: 1 }])
  })

  it('keeps a right-to-left line written in reading order, numbers and brackets in it as they read', () => {
    // issue11656.pdf: "… סעיף 15(ב)(4) לחוק …" written from the right, "15" and "4" left-to-right items.
    const lines = pageLines([item('לפי סעיף', 300, 700), item('15', 285, 700), item('(ב)(', 265, 700), item('4', 260, 700), item(') לחוק', 230, 700)], 1)
    expect(lines.map((line) => line.text)).toEqual(['לפי סעיף 15(ב)(4) לחוק'])
    expect(lines[0]).toMatchObject({ x: 230, right: 340 })
  })

  it('reads a left-to-right run inside a right-to-left line from left to right', () => {
    // Written left to right on the page: "PDF.js" sits between two Hebrew words.
    const lines = pageLines([item('עולם', 100, 700), item('PDF', 130, 700), item('.js', 145, 700), item('שלום', 170, 700)], 1)
    expect(lines.map((line) => line.text)).toEqual(['שלום PDF.js עולם'])
  })

  it('gives no lines for a page of blank items', () => {
    expect(pageLines([item(' ', 50, 700), item('', 50, 690, { hasEOL: true })], 1)).toEqual([])
  })
})
