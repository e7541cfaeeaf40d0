/**
 * The passages under the article's caret, which assistive technology is told about (the article's
 * description, and the live region when the caret enters a passage), and the steps from passage to
 * passage that the keyboard takes (Alt+↓/↑, with Shift among one theme's passages).
 */
import type { Annotation } from '@shared/annotation'
import { blockIndexAt } from '@shared/document'
import { describePassage, passagesAt, stepFrom } from '../editor/passageSteps'
import { t } from '../i18n/i18n.svelte'
import { announce } from './announcer.svelte'
import { tagById, themeRank } from './codebook.svelte'
import { session } from './session.svelte'

class Caret {
  /** Ids of the passages under the caret while the article has the keyboard, in reading order. */
  ids = $state.raw<readonly string[]>([])
}

export const caret = new Caret()

/** The theme Alt+Shift+arrows step through when the caret is in no passage: the last one it was in. */
let lastTheme: string | null = null

/** The passages of the open article covering `offset`, in reading order. */
export function passagesAtOffset(offset: number): Annotation[] {
  const current = session.current
  if (!current || session.phase === 'text') return []
  const block = blockIndexAt(current.starts, offset)
  return passagesAt(current.index.inBlocks(block, block), offset)
}

/** A passage's first theme in codebook order. */
function firstTheme(passage: Annotation): string | null {
  const rank = themeRank()
  return [...passage.tagIds].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0))[0] ?? null
}

/** A passage for the ear: its themes in codebook order, then its note. */
function spoken(passage: Annotation): string {
  const tags = tagById()
  const rank = themeRank()
  const ordered = { ...passage, tagIds: [...passage.tagIds].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0)) }
  return describePassage(ordered, (id) => tags.get(id)?.name, t)
}

/** The passages under the caret, as said aloud ("In passage: CIS; note: …"). */
export function inPassages(passages: readonly Annotation[]): string {
  return t('caret.inPassage', { passages: passages.map(spoken).join('. ') })
}

/**
 * Follows the caret (null: the article does not have the keyboard). When it enters other passages
 * and `tell` is set (a caret, not a selection being drawn), says which.
 */
export function followCaret(offset: number | null, tell: boolean): void {
  const found = offset === null ? [] : passagesAtOffset(offset)
  const ids = found.map((a) => a.id)
  if (ids.length === caret.ids.length && ids.every((id, i) => caret.ids[i] === id)) return
  caret.ids = ids
  const first = found[0]
  if (first) lastTheme = firstTheme(first) ?? lastTheme
  if (tell && found.length > 0) announce(inPassages(found))
}

/**
 * The passage a step from `offset` goes to (direction 1: the next; with `byTheme`, among the
 * passages of the theme at the caret, or of the last theme it was in), said aloud with where it
 * stands ("Passage 3 of 12"); null, and said why, when there is none.
 */
export function stepPassage(offset: number, direction: 1 | -1, byTheme: boolean): Annotation | null {
  const current = session.current
  if (!current || session.phase === 'text') return null
  let list: readonly Annotation[] = current.index.all()
  let theme: string | null = null
  if (byTheme) {
    const here = passagesAtOffset(offset)[0]
    const themeId = (here && firstTheme(here)) ?? lastTheme
    if (!themeId) {
      announce(t('caret.noThemeToStep'))
      return null
    }
    lastTheme = themeId
    list = current.index.withTag(themeId)
    theme = tagById().get(themeId)?.name ?? null
  }
  const at = stepFrom(list, offset, direction)
  const target = list[at]
  if (!target) {
    const where = direction === 1 ? 'after' : 'before'
    announce(theme ? t('caret.noThemePassage', { direction: where, theme }) : t('caret.noPassage', { direction: where }))
    return null
  }
  caret.ids = passagesAtOffset(target.start).map((a) => a.id)
  const step = { n: at + 1, total: list.length, passage: spoken(target) }
  announce(theme ? t('caret.stepTheme', { ...step, theme }) : t('caret.step', step))
  return target
}
