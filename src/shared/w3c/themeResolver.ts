/**
 * Theme paths from a file → themes of our codebook: each name is looked up among the siblings
 * (compared as sameThemeName does), and what is missing is created under its parent, so "A/B"
 * makes A at the top and B inside it. New themes get the least-used palette colour and no key.
 */
import type { Tag } from '../annotation'
import { nextThemeColor } from '../codebook'
import { sameThemeName, themePath } from '../themeTree'
import { joinThemePath } from './themePathText'

export class ThemeResolver {
  /** Themes created so far, in the order they were made (parents before children). */
  readonly created: Tag[] = []
  private readonly all: Tag[]
  private readonly children = new Map<string | null, Tag[]>()

  private readonly newId: () => string

  constructor(existing: readonly Tag[], newId: () => string) {
    this.newId = newId
    this.all = [...existing]
    for (const tag of existing) this.childrenOf(tag.parentId).push(tag)
  }

  /** The id of the theme at `path`, creating what is missing. */
  resolve(path: readonly string[]): string {
    let parentId: string | null = null
    let tag: Tag | undefined
    for (const name of path) {
      const siblings = this.childrenOf(parentId)
      tag = siblings.find((t) => sameThemeName(t.name, name))
      if (!tag) {
        tag = {
          id: this.newId(),
          name,
          color: nextThemeColor(this.all),
          description: '',
          memo: '',
          parentId,
          order: siblings.reduce((max, t) => Math.max(max, t.order + 1), 0),
          shortcut: null
        }
        siblings.push(tag)
        this.all.push(tag)
        this.created.push(tag)
      }
      parentId = tag.id
    }
    if (!tag) throw new Error('a theme path needs at least one name')
    return tag.id
  }

  /** The paths of the themes created, as the file would write them. */
  createdPaths(): string[] {
    return this.created.map((t) => joinThemePath(themePath(this.all, t.id)))
  }

  private childrenOf(parentId: string | null): Tag[] {
    let list = this.children.get(parentId)
    if (!list) this.children.set(parentId, (list = []))
    return list
  }
}
