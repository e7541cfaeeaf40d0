/**
 * A project's codes → the new project's themes: merged by name path as a codebook import is (codes
 * repeated under one parent become one theme), each theme keeping its code's GUID as its id, its
 * memo from the notes attached to the code, and its key and order from Themata's sidecar when
 * there is one (else the first nine top-level themes get keys 1–9, as a new project's do).
 */
import type { Tag } from '../annotation'
import { mergeCodebook } from '../codebookExchange/merge'
import type { CodebookNode } from '../codebookExchange/tree'
import { guidKey, idFromGuid } from './guids'
import type { Sidecar } from './sidecar'

export interface ImportedThemes {
  tags: Tag[]
  /** Code GUID key → theme id. */
  themeOf: Map<string, string>
  /** Code GUID key → the code's name, for messages. */
  nameOf: Map<string, string>
}

export function importThemes(codes: readonly CodebookNode[], memoOf: (codeKey: string) => string, sidecar: Sidecar | null, taken: Set<string>, newId: () => string): ImportedThemes {
  const merged = mergeCodebook([], codes, newId)
  // Each theme takes the GUID of the first code (in file order) that landed on it.
  const guidOfTheme = new Map<string, string>()
  const nameOf = new Map<string, string>()
  const walk = (nodes: readonly CodebookNode[]): void => {
    for (const node of nodes) {
      if (node.guid !== null) {
        const key = guidKey(node.guid)
        nameOf.set(key, node.name)
        const themeId = merged.idByGuid.get(node.guid.toLowerCase())
        if (themeId !== undefined && !guidOfTheme.has(themeId)) guidOfTheme.set(themeId, key)
      }
      walk(node.children)
    }
  }
  walk(codes)
  const finalId = new Map(merged.tags.map((t) => [t.id, idFromGuid(guidOfTheme.get(t.id) ?? null, taken, newId)]))
  const memos = new Map<string, string[]>()
  for (const [key, mergedId] of merged.idByGuid) {
    const memo = memoOf(guidKey(key))
    if (memo) memos.set(mergedId, [...(memos.get(mergedId) ?? []), memo])
  }
  const tags = merged.tags.map((t): Tag => {
    const key = guidOfTheme.get(t.id)
    const extra = key === undefined ? undefined : sidecar?.codes[key]
    return {
      ...t,
      id: finalId.get(t.id) as string,
      parentId: t.parentId === null ? null : (finalId.get(t.parentId) ?? null),
      memo: (memos.get(t.id) ?? []).join('\n\n'),
      order: extra?.order ?? t.order,
      shortcut: extra?.shortcut ?? null
    }
  })
  if (!sidecar) {
    let key = 1
    for (const t of tags) if (t.parentId === null && key <= 9) t.shortcut = key++
  }
  const themeOf = new Map<string, string>()
  for (const [key, mergedId] of merged.idByGuid) themeOf.set(guidKey(key), finalId.get(mergedId) as string)
  return { tags, themeOf, nameOf }
}
