/**
 * The few DOM Core calls the block walkers make, so they run on any DOM: the page's, jsdom's,
 * or @xmldom/xmldom's in a Web Worker (whose NodeLists are not iterable and which has neither
 * `children` nor selectors).
 */

const ELEMENT_NODE = 1
const TEXT_NODE = 3
const CDATA_SECTION_NODE = 4

export function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE
}

/** Text and CDATA sections alike. */
export function isText(node: Node): node is Text {
  return node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE
}

export function childNodes(node: Node): Node[] {
  return Array.from(node.childNodes)
}

export function childElements(node: Node): Element[] {
  return childNodes(node).filter(isElement)
}
