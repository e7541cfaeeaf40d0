/**
 * Codebook tree → CSV (RFC 4180, written by papaparse): one row per theme, parents before their
 * children, columns name, parent path, colour, description. UTF-8 with a byte order mark, so
 * spreadsheet software reads Cyrillic and Azerbaijani names right; a cell starting with = + - @
 * (or a tab or carriage return) gets a leading apostrophe, so no spreadsheet runs it as a formula.
 */
import Papa from 'papaparse'
import type { CodebookNode } from '../codebookExchange/tree'
import { CSV_COLUMNS } from './columns'
import { formatParentPath } from './parentPath'

export const BOM = '\uFEFF'

export function writeCodebookCsv(nodes: readonly CodebookNode[]): string {
  const rows: string[][] = []
  const stack: { node: CodebookNode; path: string[] }[] = [...nodes].reverse().map((node) => ({ node, path: [] }))
  while (stack.length > 0) {
    const { node, path } = stack.pop() as { node: CodebookNode; path: string[] }
    rows.push([node.name, formatParentPath(path), node.color ?? '', node.description])
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as CodebookNode, path: [...path, node.name] })
  }
  return BOM + Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { escapeFormulae: true, newline: '\r\n' }) + '\r\n'
}
