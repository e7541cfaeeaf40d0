import { describe, expect, it } from 'vitest'
import type { Block } from '../document'
import { parseText } from './text'

const p = (text: string): Block => ({ type: 'paragraph', text })
const h = (level: number, text: string): Block => ({ type: 'heading', level, text })
const LONG = 'This paragraph is long enough to be prose rather than a heading, and it ends with a full stop.'

describe('parseText', () => {
  it('splits paragraphs on blank lines and joins wrapped lines', () => {
    const { blocks } = parseText(`Title\n\n${LONG}\nsecond line.\n \t\nLast one.\n`)
    expect(blocks).toEqual([h(1, 'Title'), p(`${LONG} second line.`), p('Last one.')])
  })

  it('treats \\r\\n and lone \\r as newlines', () => {
    expect(parseText('Title\r\n\r\nOne.\r\rTwo.').blocks).toEqual([h(1, 'Title'), p('One.'), p('Two.')])
  })

  it('makes each line a paragraph when the file has no blank lines', () => {
    expect(parseText('Title\nFirst line.\nSecond line.\n').blocks).toEqual([h(1, 'Title'), p('First line.'), p('Second line.')])
  })

  it('reads a lone short line before prose as a section heading', () => {
    const { blocks } = parseText(`Title\n\n${LONG}\n\nA section\n\n${LONG}`)
    expect(blocks[2]).toEqual(h(2, 'A section'))
  })

  it('does not read short lines as headings when they end a sentence or precede another short line', () => {
    const { blocks } = parseText(`Title\n\n${LONG}\n\nWhat follows:\n\n${LONG}\n\nBy Ann Lee\n\nExample.org\n\nShort end`)
    expect(blocks.slice(2)).toEqual([p('What follows:'), p(LONG), p('By Ann Lee'), p('Example.org'), p('Short end')])
  })

  it('splits a short first line from prose that follows it directly', () => {
    const { blocks } = parseText(`Title\n${LONG}\n\nNext.`)
    expect(blocks.slice(0, 2)).toEqual([h(1, 'Title'), p(LONG)])
  })

  it('keeps a first paragraph whole when its first line is prose', () => {
    const { blocks } = parseText(`${LONG}\ncontinued.\n\nNext.`)
    expect(blocks[0]).toEqual(p(`${LONG} continued.`))
  })

  it('does not make a very long first line a heading', () => {
    const line = `${LONG} ${LONG} ${LONG}`
    expect(parseText(`${line}\n\nNext.`).blocks[0]).toEqual(p(line))
  })

  it('gives nothing for blank text', () => {
    expect(parseText(' \n\n \r\n').blocks).toEqual([])
  })
})
