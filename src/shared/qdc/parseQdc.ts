/**
 * REFI-QDA codes → codebook tree. Reads the `CodeBook/Codes` of a codebook file (.qdc) or of a
 * project (project.qde: the Codes element is the same there). Lenient where real files differ from
 * the schema (Taguette's empty `<Sets/>`, codes without colours or GUIDs), strict where the tree
 * would be wrong: a code without a name, or a GUID used twice (which can make a code its own ancestor).
 */
import { parseXml } from '../import/xml'
import { codebookError } from '../codebookExchange/errors'
import { normalizeColor, type CodebookNode } from '../codebookExchange/tree'
import { normalizeThemeName } from '../themeTree'
import { CODEBOOK_NS, PROJECT_NS } from './namespaces'

/** Deeper than this is a damaged or hostile file, not a codebook (real ones nest 7 levels). */
const MAX_DEPTH = 100

export function childElements(parent: Element, namespace: string, localName: string): Element[] {
  const found: Element[] = []
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).namespaceURI === namespace && (n as Element).localName === localName) found.push(n as Element)
  }
  return found
}

/** The `CodeBook` element of a codebook or project document, null for a project without one. */
function codeBookElement(doc: Document, fileName: string): { codeBook: Element | null; namespace: string } {
  const root = doc.documentElement as Element
  if (root.namespaceURI === CODEBOOK_NS && root.localName === 'CodeBook') return { codeBook: root, namespace: CODEBOOK_NS }
  if (root.namespaceURI === PROJECT_NS && root.localName === 'Project') {
    return { codeBook: childElements(root, PROJECT_NS, 'CodeBook')[0] ?? null, namespace: PROJECT_NS }
  }
  if (root.localName === 'CodeBook' || root.localName === 'Project') {
    const values = { element: root.localName, expected: CODEBOOK_NS }
    if (root.namespaceURI) throw codebookError(fileName, 'codebookError.wrongNamespace', { ...values, namespace: root.namespaceURI })
    throw codebookError(fileName, 'codebookError.noNamespace', values)
  }
  throw codebookError(fileName, 'codebookError.wrongRoot', { element: `<${root.tagName}>`, expected: CODEBOOK_NS })
}

interface Pending {
  element: Element
  /** Where the node goes: its parent's children. */
  into: CodebookNode[]
  parentName: string | null
  /** GUIDs of the code's ancestors, lower case. */
  ancestors: readonly string[]
  depth: number
}

/** The codes of a REFI-QDA codebook or project document as a tree; [] when it has none. */
export function parseQdcXml(xml: string, fileName: string): CodebookNode[] {
  let doc: Document
  try {
    doc = parseXml(xml)
  } catch (error) {
    throw codebookError(fileName, 'codebookError.notXml', {}, { cause: error })
  }
  const { codeBook, namespace } = codeBookElement(doc, fileName)
  const codes = codeBook && childElements(codeBook, namespace, 'Codes')[0]
  return codes ? parseCodes(codes, namespace, fileName) : []
}

/** The `Code` elements under a `Codes` element as a tree. */
export function parseCodes(codes: Element, namespace: string, fileName: string): CodebookNode[] {
  const tree: CodebookNode[] = []
  const nameByGuid = new Map<string, string>()
  const stack: Pending[] = childElements(codes, namespace, 'Code')
    .reverse()
    .map((element) => ({ element, into: tree, parentName: null, ancestors: [], depth: 0 }))
  while (stack.length > 0) {
    const { element, into, parentName, ancestors, depth } = stack.pop() as Pending
    const name = normalizeThemeName(element.getAttribute('name') ?? '')
    if (!name) throw parentName === null ? codebookError(fileName, 'codebookError.unnamedTopCode') : codebookError(fileName, 'codebookError.unnamedCode', { parent: parentName })
    if (depth >= MAX_DEPTH) throw codebookError(fileName, 'codebookError.tooDeep', { max: MAX_DEPTH })
    const guid = element.getAttribute('guid')?.trim() || null
    const key = guid?.toLowerCase()
    if (key !== undefined) {
      if (ancestors.includes(key)) {
        throw codebookError(fileName, 'codebookError.cycle', { code: name, guid: guid ?? '' })
      }
      const other = nameByGuid.get(key)
      if (other !== undefined) throw codebookError(fileName, 'codebookError.sharedGuid', { first: other, second: name, guid: guid ?? '' })
      nameByGuid.set(key, name)
    }
    const description = childElements(element, namespace, 'Description')[0]?.textContent?.trim() ?? ''
    const node: CodebookNode = { guid, name, color: normalizeColor(element.getAttribute('color')), description, children: [] }
    into.push(node)
    const inner = key === undefined ? ancestors : [...ancestors, key]
    const children = childElements(element, namespace, 'Code')
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push({ element: children[i] as Element, into: node.children, parentName: name, ancestors: inner, depth: depth + 1 })
    }
  }
  return tree
}
