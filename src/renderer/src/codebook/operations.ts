/**
 * Codebook operations as change sets. Each takes the codebook (and, where passages change, the
 * passages carrying the themes concerned) and returns what to write, with a label for the undo
 * history — or one sentence saying why not. Pure, so every rule (names unique among siblings, no
 * theme inside itself, a key on one theme only, no passage left with a duplicate theme) is tested
 * without a database; `state/codebook.svelte.ts` reads what is needed and commits.
 */
import type { Annotation, Tag } from '@shared/annotation'
import { freeShortcut, isThemeColor, nextThemeColor } from '@shared/codebook'
import { childrenByParent, descendantIds, normalizeThemeName, sameThemeName, wouldCycle } from '@shared/themeTree'
import type { Change, ChangeSet } from '../db/changeSet'
import { t } from '../i18n/i18n.svelte'

/** An action ready for `history.commit`. */
export interface Operation {
  label: string
  changes: ChangeSet
}

/** Why an action cannot be done, as one sentence for the user. */
export interface Refusal {
  error: string
}

export type Outcome<T = Operation> = T | Refusal

export function isRefusal(outcome: object): outcome is Refusal {
  return 'error' in outcome
}

export const NAME_LIMIT = 80

const gone = (): Refusal => ({ error: t('codebook.gone') })

/** The codebook with the lookups every operation needs. */
class Tree {
  readonly byId: Map<string, Tag>
  readonly children: Map<string | null, Tag[]>

  constructor(readonly tags: readonly Tag[]) {
    this.byId = new Map(tags.map((t) => [t.id, t]))
    this.children = childrenByParent(tags)
  }

  /** The parent a theme is shown under (null at the top, or when its parent is missing). */
  parentOf(tag: Tag): string | null {
    return tag.parentId !== null && tag.parentId !== tag.id && this.byId.has(tag.parentId) ? tag.parentId : null
  }

  childrenOf(parentId: string | null): Tag[] {
    return this.children.get(parentId) ?? []
  }

  /** The name of the theme `parentId`'s children are under, or null at the top of the codebook. */
  parentName(parentId: string | null): string | null {
    return (parentId === null ? undefined : this.byId.get(parentId))?.name ?? null
  }
}

/** The normalized name, or why it cannot be used among the children of `parentId`. */
export function checkName(tags: readonly Tag[], raw: string, parentId: string | null, exceptId: string | null = null): Outcome<string> {
  return nameIn(new Tree(tags), raw, parentId, exceptId)
}

function nameIn(tree: Tree, raw: string, parentId: string | null, exceptId: string | null): Outcome<string> {
  const name = normalizeThemeName(raw)
  if (!name) return { error: t('codebook.needsName') }
  if (name.length > NAME_LIMIT) return { error: t('codebook.nameTooLong', { max: NAME_LIMIT }) }
  const clash = tree.childrenOf(parentId).find((t) => t.id !== exceptId && sameThemeName(t.name, name))
  const parent = tree.parentName(parentId)
  if (clash) return { error: parent === null ? t('codebook.nameTakenTop', { name: clash.name }) : t('codebook.nameTakenUnder', { name: clash.name, parent }) }
  return name
}

function checkColor(color: string): Outcome<string> {
  return isThemeColor(color) ? color.toLowerCase() : { error: t('codebook.badColour', { colour: color }) }
}

function checkShortcut(key: number | null): Refusal | null {
  return key === null || (Number.isInteger(key) && key >= 1 && key <= 9) ? null : { error: t('codebook.badKey') }
}

/** The change that frees `key` on whichever other theme holds it. */
function freeKey(tree: Tree, key: number | null, exceptId: string): Change<Tag>[] {
  if (key === null) return []
  return tree.tags.filter((t) => t.shortcut === key && t.id !== exceptId).map((t) => ({ before: t, after: { ...t, shortcut: null } }))
}

/** The next `order` after the last child of `parentId`. */
function nextOrder(tree: Tree, parentId: string | null): number {
  return tree.childrenOf(parentId).reduce((max, t) => Math.max(max, t.order + 1), 0)
}

export interface NewTheme {
  name: string
  parentId?: string | null
  /** A palette colour unless given. */
  color?: string
  description?: string
  memo?: string
  /** The lowest free key unless given; a key another theme holds moves to this one. */
  shortcut?: number | null
}

/** A new theme at the end of its siblings. */
export function createTheme(tags: readonly Tag[], input: NewTheme, id: string): Outcome<Operation & { tag: Tag }> {
  const tree = new Tree(tags)
  const parentId = input.parentId ?? null
  if (parentId !== null && !tree.byId.has(parentId)) return { error: t('codebook.parentGone') }
  const name = nameIn(tree, input.name, parentId, null)
  if (typeof name !== 'string') return name
  const color = input.color === undefined ? nextThemeColor(tags) : checkColor(input.color)
  if (typeof color !== 'string') return color
  const shortcut = input.shortcut === undefined ? freeShortcut(tags) : input.shortcut
  const badKey = checkShortcut(shortcut)
  if (badKey) return badKey
  const tag: Tag = {
    id,
    name,
    color,
    description: (input.description ?? '').trim(),
    memo: (input.memo ?? '').trim(),
    parentId,
    order: nextOrder(tree, parentId),
    shortcut
  }
  return { label: t('undo.newTheme', { name }), tag, changes: { tags: [...freeKey(tree, shortcut, id), { before: null, after: tag }] } }
}

export type ThemePatch = Partial<Pick<Tag, 'name' | 'color' | 'description' | 'memo' | 'shortcut'>>

const PATCH_LABELS: Record<keyof ThemePatch, (before: Tag, after: Tag) => string> = {
  name: (b, a) => t('undo.renameTheme', { from: b.name, to: a.name }),
  color: (_b, a) => t('undo.recolourTheme', { name: a.name }),
  description: (_b, a) => t('undo.describeTheme', { name: a.name }),
  memo: (_b, a) => t('undo.themeMemo', { name: a.name }),
  shortcut: (_b, a) => (a.shortcut === null ? t('undo.removeKey', { name: a.name }) : t('undo.setKey', { key: a.shortcut, name: a.name }))
}

/** Renames, recolours, describes or rekeys a theme; a key another theme holds moves to this one. */
export function editTheme(tags: readonly Tag[], id: string, patch: ThemePatch): Outcome {
  const tree = new Tree(tags)
  const before = tree.byId.get(id)
  if (!before) return gone()
  const after: Tag = { ...before }
  if (patch.name !== undefined) {
    const name = nameIn(tree, patch.name, tree.parentOf(before), id)
    if (typeof name !== 'string') return name
    after.name = name
  }
  if (patch.color !== undefined) {
    const color = checkColor(patch.color)
    if (typeof color !== 'string') return color
    after.color = color
  }
  if (patch.description !== undefined) after.description = patch.description.trim()
  if (patch.memo !== undefined) after.memo = patch.memo.trim()
  if (patch.shortcut !== undefined) {
    const badKey = checkShortcut(patch.shortcut)
    if (badKey) return badKey
    after.shortcut = patch.shortcut
  }
  const changed = (Object.keys(PATCH_LABELS) as (keyof ThemePatch)[]).filter((k) => after[k] !== before[k])
  if (changed.length === 0) return { label: t('undo.editTheme', { name: before.name }), changes: {} }
  const label = changed.length === 1 ? PATCH_LABELS[changed[0] as keyof ThemePatch](before, after) : t('undo.editTheme', { name: after.name })
  const freed = after.shortcut !== before.shortcut ? freeKey(tree, after.shortcut, id) : []
  return { label, changes: { tags: [...freed, { before, after }] } }
}

/** Changes that give `list` the orders 0, 1, 2… (and `parentId`), for the themes whose order or parent differ. */
function renumber(list: readonly Tag[], parentId: string | null, tree: Tree): Change<Tag>[] {
  const changes: Change<Tag>[] = []
  list.forEach((t, order) => {
    const before = tree.byId.get(t.id) as Tag
    if (before.order !== order || before.parentId !== parentId) changes.push({ before, after: { ...before, parentId, order } })
  })
  return changes
}

/**
 * Puts a theme at position `index` among the children of `parentId` (counted without the theme
 * itself; past the end means last), with its sub-themes. Refused when it would go inside itself or
 * meet a sibling of the same name.
 */
export function moveTheme(tags: readonly Tag[], id: string, parentId: string | null, index: number): Outcome {
  const tree = new Tree(tags)
  const tag = tree.byId.get(id)
  if (!tag) return gone()
  if (parentId !== null && !tree.byId.has(parentId)) return { error: t('codebook.parentGone') }
  if (wouldCycle(tags, id, parentId)) return { error: t('codebook.cycle', { name: tag.name }) }
  const oldParent = tree.parentOf(tag)
  if (parentId !== oldParent) {
    const name = nameIn(tree, tag.name, parentId, id)
    if (typeof name !== 'string') return name
  }
  const siblings = tree.childrenOf(parentId).filter((t) => t.id !== id)
  siblings.splice(Math.max(0, Math.min(index, siblings.length)), 0, tag)
  const changes = renumber(siblings, parentId, tree)
  if (parentId !== oldParent) changes.push(...renumber(tree.childrenOf(oldParent).filter((t) => t.id !== id), oldParent, tree))
  const parent = parentId === null ? null : (tree.byId.get(parentId) as Tag)
  const label =
    parentId === oldParent
      ? t('undo.moveTheme', { name: tag.name })
      : parent
        ? t('undo.moveThemeUnder', { name: tag.name, parent: parent.name })
        : t('undo.moveThemeTop', { name: tag.name })
  return { label, changes: changes.length > 0 ? { tags: changes } : {} }
}

/** Passages with `ids` replaced as `into` says, each theme once, in the order they had. */
function retag(passages: readonly Annotation[], into: ReadonlyMap<string, string | null>, now: number): Change<Annotation>[] {
  const changes: Change<Annotation>[] = []
  for (const before of passages) {
    if (!before.tagIds.some((id) => into.has(id))) continue
    const tagIds: string[] = []
    for (const id of before.tagIds) {
      const next = into.has(id) ? into.get(id) : id
      if (next !== null && next !== undefined && !tagIds.includes(next)) tagIds.push(next)
    }
    // A passage left with no theme and no note has nothing left to show: it goes, as when its last theme is removed.
    const after = tagIds.length === 0 && !before.note.trim() ? null : { ...before, tagIds, updatedAt: now }
    changes.push({ before, after })
  }
  return changes
}

export interface MergePlan {
  sourceId: string
  targetId: string
  /** Every theme that disappears → the theme its passages get: the source, and sub-themes that meet a namesake under the target. */
  into: Map<string, string>
}

/**
 * What merging `sourceId` into `targetId` does: the source's passages get the target; its sub-themes
 * move under the target, and one that meets a sub-theme of the same name there merges into it (and
 * so on down). Refused into itself or into one of its own sub-themes.
 */
export function planMerge(tags: readonly Tag[], sourceId: string, targetId: string): Outcome<MergePlan> {
  const tree = new Tree(tags)
  const source = tree.byId.get(sourceId)
  const target = tree.byId.get(targetId)
  if (!source || !target) return gone()
  if (sourceId === targetId) return { error: t('codebook.mergeSelf') }
  if (descendantIds(tags, sourceId).includes(targetId)) {
    return { error: t('codebook.mergeIntoChild', { name: source.name, child: target.name }) }
  }
  const into = new Map<string, string>()
  const walk = (from: string, to: string): void => {
    into.set(from, to)
    for (const child of tree.childrenOf(from)) {
      const namesake = tree.childrenOf(to).find((t) => t.id !== child.id && !into.has(t.id) && sameThemeName(t.name, child.name))
      if (namesake) walk(child.id, namesake.id)
    }
  }
  walk(sourceId, targetId)
  return { sourceId, targetId, into }
}

/** The target keeps its description; what the merged theme said goes into the target's memo, so nothing written is lost. */
function absorb(target: Tag, source: Tag): Tag {
  const description = target.description || source.description
  const carried = [target.description && source.description !== target.description ? source.description : '', source.memo].filter(Boolean).join('\n\n')
  const memo = carried ? [target.memo, t('codebook.memoFrom', { name: source.name, text: carried })].filter(Boolean).join('\n\n') : target.memo
  return { ...target, description, memo }
}

/**
 * Merges as `plan` says. `passages`: at least every passage carrying a theme that disappears (others
 * are left alone). The source's key goes to the target when the target has none.
 */
export function mergeThemes(tags: readonly Tag[], plan: MergePlan, passages: readonly Annotation[], now: number, label?: string): Outcome {
  const tree = new Tree(tags)
  const source = tree.byId.get(plan.sourceId)
  const target = tree.byId.get(plan.targetId)
  if (!source || !target || [...plan.into].some(([from, to]) => !tree.byId.has(from) || !tree.byId.has(to))) return gone()
  const updated = new Map<string, Tag>()
  const current = (id: string): Tag => updated.get(id) ?? (tree.byId.get(id) as Tag)
  const tagChanges: Change<Tag>[] = []
  for (const [from, to] of plan.into) {
    const gone = tree.byId.get(from) as Tag
    tagChanges.push({ before: gone, after: null })
    updated.set(to, absorb(current(to), gone))
    // Sub-themes with no namesake under `to` move there, after its own sub-themes, in their order.
    let order = nextOrder(tree, to)
    for (const child of tree.childrenOf(from)) {
      if (!plan.into.has(child.id)) updated.set(child.id, { ...current(child.id), parentId: to, order: order++ })
    }
  }
  if (source.shortcut !== null && target.shortcut === null) updated.set(target.id, { ...current(target.id), shortcut: source.shortcut })
  for (const [id, after] of updated) if (!plan.into.has(id)) tagChanges.push({ before: tree.byId.get(id) as Tag, after })
  return {
    label: label ?? t('undo.mergeTheme', { name: source.name, into: target.name }),
    changes: { tags: tagChanges, annotations: retag(passages, plan.into, now) }
  }
}

/**
 * Deletes a theme: it leaves every passage (a passage left with no theme and no note is deleted), and
 * its sub-themes move up into its place. Refused when one of them would meet a namesake there.
 * `passages`: at least every passage carrying the theme.
 */
export function deleteTheme(tags: readonly Tag[], id: string, passages: readonly Annotation[], now: number): Outcome {
  const tree = new Tree(tags)
  const tag = tree.byId.get(id)
  if (!tag) return gone()
  const parentId = tree.parentOf(tag)
  const children = tree.childrenOf(id)
  for (const child of children) {
    const clash = tree.childrenOf(parentId).find((t) => t.id !== id && sameThemeName(t.name, child.name))
    if (clash) {
      const parent = tree.parentName(parentId)
      const names = { child: child.name, other: clash.name, name: tag.name }
      return { error: parent === null ? t('codebook.childClashTop', names) : t('codebook.childClashUnder', { ...names, parent }) }
    }
  }
  const siblings = tree.childrenOf(parentId).flatMap((t) => (t.id === id ? children : [t]))
  return {
    label: t('undo.deleteTheme', { name: tag.name }),
    changes: { tags: [{ before: tag, after: null }, ...renumber(siblings, parentId, tree)], annotations: retag(passages, new Map([[id, null]]), now) }
  }
}

/** What deleting a theme does to its passages, for the dialog that asks. */
export function deleteImpact(passages: readonly Annotation[], id: string): { carrying: number; deleted: number } {
  let carrying = 0
  let deleted = 0
  for (const a of passages) {
    if (!a.tagIds.includes(id)) continue
    carrying++
    if (a.tagIds.every((t) => t === id) && !a.note.trim()) deleted++
  }
  return { carrying, deleted }
}
