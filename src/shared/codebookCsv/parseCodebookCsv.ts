/**
 * Codebook CSV → codebook tree (read by papaparse; comma, semicolon or tab, as spreadsheets save).
 * The first row names the columns; only `name` is required. A parent path whose themes have no
 * rows of their own creates them, so nothing in the file is dropped.
 */
import Papa from 'papaparse'
import { codebookError } from '../codebookExchange/errors'
import { normalizeColor, type CodebookNode } from '../codebookExchange/tree'
import { normalizeThemeName } from '../themeTree'
import { HEADER_ALIASES, type CsvColumn } from './columns'
import { parseParentPath } from './parentPath'

/** Undoes the writer's guard against formulas: `'=x` was written for `=x`. */
function unguard(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell
}

function columnIndexes(header: readonly string[], fileName: string): Map<CsvColumn, number> {
  const indexes = new Map<CsvColumn, number>()
  header.forEach((cell, i) => {
    const column = HEADER_ALIASES[cell.replace(/^\uFEFF/, '').replace(/\s+/g, ' ').trim().toLowerCase()]
    if (column !== undefined && !indexes.has(column)) indexes.set(column, i)
  })
  if (!indexes.has('name')) {
    throw codebookError(fileName, 'codebookError.noNameColumn')
  }
  return indexes
}

function quoteProblem(errors: readonly Papa.ParseError[]): Papa.ParseError | undefined {
  return errors.find((e) => e.type === 'Quotes')
}

export function parseCodebookCsv(text: string, fileName: string): CodebookNode[] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimitersToGuess: [',', ';', '\t'] })
  const problem = quoteProblem(parsed.errors)
  if (problem) throw codebookError(fileName, 'codebookError.unclosedQuote', { row: String((problem.row ?? 0) + 1) })
  const [header, ...rows] = parsed.data
  if (!header || header.every((c) => c.trim() === '')) return []
  const columns = columnIndexes(header, fileName)
  const cell = (row: readonly string[], column: CsvColumn): string => {
    const i = columns.get(column)
    return i === undefined ? '' : unguard(row[i] ?? '')
  }

  const tree: CodebookNode[] = []
  const byPath = new Map<string, CodebookNode>()
  /** The node at `names` (creating it and its ancestors as needed). */
  const nodeAt = (names: readonly string[]): CodebookNode => {
    let siblings = tree
    let key = ''
    let node: CodebookNode | undefined
    for (const name of names) {
      key += `/${name.toLocaleLowerCase()}`
      node = byPath.get(key)
      if (!node) {
        node = { guid: null, name, color: null, description: '', children: [] }
        byPath.set(key, node)
        siblings.push(node)
      }
      siblings = node.children
    }
    return node as CodebookNode
  }

  rows.forEach((row, i) => {
    // Blank rows (spreadsheets leave them) are skipped here rather than by the parser, so row numbers stay true.
    if (row.every((c) => c.trim() === '')) return
    const name = normalizeThemeName(cell(row, 'name'))
    if (!name) throw codebookError(fileName, 'codebookError.unnamedTheme', { row: String(i + 2) })
    const node = nodeAt([...parseParentPath(cell(row, 'parent path')), name])
    node.color ??= normalizeColor(cell(row, 'colour'))
    node.description ||= cell(row, 'description').trim()
  })
  return tree
}
