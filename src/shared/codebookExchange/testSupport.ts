/** Helpers for the codebook exchange tests: the real files from other tools, and xmllint. */
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import type { Tag } from '../annotation'
import type { CodebookNode } from './tree'

export const REFI_QDA = resolve(__dirname, '../../../../shared/external/refi-qda')
export const CODEBOOK_XSD = resolve(__dirname, '../../../../shared/standards/refi-qda/Codebook.xsd')

/** xmllint's verdict on `xml` against Codebook.xsd: '' when valid, else its complaints. */
export async function xsdErrors(xml: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'themata-qdc-'))
  const file = join(dir, 'codebook.qdc')
  try {
    await writeFile(file, xml)
    await promisify(execFile)('xmllint', ['--noout', '--schema', CODEBOOK_XSD, file])
    return ''
  } catch (error) {
    return String((error as { stderr?: string }).stderr ?? error)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** Themes as the app keeps them, built from a compact outline: [name, children?]. */
export type OutlineItem = [name: string, children?: OutlineItem[], extra?: Partial<Tag>]
export type Outline = OutlineItem[]

export function tagsFrom(outline: Outline): Tag[] {
  const tags: Tag[] = []
  let n = 0
  const add = (items: Outline, parentId: string | null): void =>
    items.forEach(([name, children, extra], order) => {
      const id = `t${++n}`
      tags.push({ id, name, color: '#d97706', description: '', memo: '', parentId, order, shortcut: null, ...extra })
      add(children ?? [], id)
    })
  add(outline, null)
  return tags
}

/** A tree without GUIDs, for comparing what a round trip keeps. */
export function withoutGuids(nodes: readonly CodebookNode[]): unknown[] {
  return nodes.map((n) => ({ name: n.name, color: n.color, description: n.description, children: withoutGuids(n.children) }))
}

/** Every name in the tree, each with its depth (1 at the top). */
export function flatten(nodes: readonly CodebookNode[], depth = 1): { node: CodebookNode; depth: number }[] {
  return nodes.flatMap((node) => [{ node, depth }, ...flatten(node.children, depth + 1)])
}
