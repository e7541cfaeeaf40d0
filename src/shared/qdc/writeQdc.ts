/**
 * Codebook tree → REFI-QDA codebook (.qdc, QDA-XML codebook 1.0), valid against Codebook.xsd:
 * every code with a GUID, its name, `isCodable="true"` (every theme can tag passages), its colour
 * as `#RRGGBB`, its description, and its sub-themes nested inside it.
 */
import type { CodebookNode } from '../codebookExchange/tree'
import { normalizeColor } from '../codebookExchange/tree'
import { derivedGuid, isGuid } from './guid'
import { CODEBOOK_NS } from './namespaces'

/** Characters XML 1.0 cannot carry at all (controls, lone surrogates, U+FFFE/FFFF): dropped. */
// eslint-disable-next-line no-control-regex -- these control characters are exactly what XML 1.0 forbids
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

export function escapeText(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;')
}

/** Attribute values also keep their tabs and line breaks, which a parser would otherwise turn into spaces. */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;')
}

/** How `writeCodes` names each code, and what it adds inside one (a project adds NoteRefs). */
export interface CodeWriting {
  guidOf: (node: CodebookNode) => string
  /** Elements that go after the code's Description and before its sub-codes. */
  inner?: (node: CodebookNode, indent: string) => string[]
}

/** The `Code` elements of a codebook or project document, nested, one line each, pushed onto `lines`. */
export function writeCodes(nodes: readonly CodebookNode[], indent: string, lines: string[], how: CodeWriting): void {
  const write = (node: CodebookNode, indent: string): void => {
    const color = normalizeColor(node.color)
    const attributes = `guid="${how.guidOf(node)}" name="${escapeAttribute(node.name)}" isCodable="true"${color ? ` color="${color.toUpperCase()}"` : ''}`
    const description = node.description.trim()
    const inner = how.inner?.(node, `${indent}  `) ?? []
    if (!description && inner.length === 0 && node.children.length === 0) {
      lines.push(`${indent}<Code ${attributes}/>`)
      return
    }
    lines.push(`${indent}<Code ${attributes}>`)
    if (description) lines.push(`${indent}  <Description>${escapeText(description)}</Description>`)
    lines.push(...inner)
    for (const child of node.children) write(child, `${indent}  `)
    lines.push(`${indent}</Code>`)
  }
  for (const node of nodes) write(node, indent)
}

/** A GUID for each node: its own when it is one, else a derived one; never the same twice. */
export function codeGuids(): (node: CodebookNode) => string {
  const used = new Set<string>()
  return (node) => {
    let guid = node.guid !== null && isGuid(node.guid) ? node.guid : derivedGuid(node.guid ?? node.name)
    for (let n = 2; used.has(guid.toLowerCase()); n++) guid = derivedGuid(`${node.guid ?? node.name}#${n}`)
    used.add(guid.toLowerCase())
    return guid
  }
}

/** The codebook as a .qdc document; `nodes` must hold at least one theme (the schema requires a code). */
export function writeQdc(nodes: readonly CodebookNode[], origin: string): string {
  if (nodes.length === 0) throw new RangeError('A REFI-QDA codebook needs at least one code.')
  const lines = ['<?xml version="1.0" encoding="utf-8"?>', `<CodeBook xmlns="${CODEBOOK_NS}" origin="${escapeAttribute(origin)}">`, '  <Codes>']
  writeCodes(nodes, '    ', lines, { guidOf: codeGuids() })
  lines.push('  </Codes>', '</CodeBook>', '')
  return lines.join('\n')
}
