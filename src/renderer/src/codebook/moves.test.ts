import { describe, expect, it } from 'vitest'
import type { Tag } from '@shared/annotation'
import { codebookOrder, depthOf } from '@shared/themeTree'
import { dropPlacement, dropPosition, keyboardMove, type Placement } from './moves'
import { isRefusal, moveTheme } from './operations'

const tag = (id: string, parentId: string | null, order: number): Tag => ({ id, name: id, color: '#d97706', description: '', memo: '', parentId, order, shortcut: null })

/** a (b, c (d)), e */
const tags = (): Tag[] => [tag('a', null, 0), tag('b', 'a', 0), tag('c', 'a', 1), tag('d', 'c', 0), tag('e', null, 1)]

/** The codebook after a placement, as "id:depth" in codebook order. */
function after(list: Tag[], id: string, placement: Placement | null): string[] {
  if (!placement) throw new Error('no placement')
  const outcome = moveTheme(list, id, placement.parentId, placement.index)
  if (isRefusal(outcome)) throw new Error(outcome.error)
  const byId = new Map(list.map((t) => [t.id, t]))
  for (const { after: t } of outcome.changes.tags ?? []) if (t) byId.set(t.id, t)
  const next = [...byId.values()]
  return codebookOrder(next).map((t) => `${t.id}:${depthOf(next, t.id)}`)
}

describe('keyboard moves', () => {
  it('Alt+↑ and Alt+↓ swap a theme with its sibling, and stop at the ends', () => {
    expect(after(tags(), 'c', keyboardMove(tags(), 'c', 'up'))).toEqual(['a:0', 'c:1', 'd:2', 'b:1', 'e:0'])
    expect(after(tags(), 'a', keyboardMove(tags(), 'a', 'down'))).toEqual(['e:0', 'a:0', 'b:1', 'c:1', 'd:2'])
    expect(keyboardMove(tags(), 'b', 'up')).toBeNull()
    expect(keyboardMove(tags(), 'c', 'down')).toBeNull()
    expect(keyboardMove(tags(), 'd', 'up')).toBeNull()
  })

  it('Alt+→ nests a theme last under the sibling before it; the first sibling cannot', () => {
    expect(after(tags(), 'e', keyboardMove(tags(), 'e', 'in'))).toEqual(['a:0', 'b:1', 'c:1', 'd:2', 'e:1'])
    expect(after(tags(), 'c', keyboardMove(tags(), 'c', 'in'))).toEqual(['a:0', 'b:1', 'c:2', 'd:3', 'e:0'])
    expect(keyboardMove(tags(), 'a', 'in')).toBeNull()
  })

  it('Alt+← moves a theme out, just after its parent; a top theme cannot', () => {
    expect(after(tags(), 'd', keyboardMove(tags(), 'd', 'out'))).toEqual(['a:0', 'b:1', 'c:1', 'd:1', 'e:0'])
    expect(after(tags(), 'b', keyboardMove(tags(), 'b', 'out'))).toEqual(['a:0', 'c:1', 'd:2', 'b:0', 'e:0'])
    expect(keyboardMove(tags(), 'e', 'out')).toBeNull()
    expect(keyboardMove(tags(), 'missing', 'out')).toBeNull()
  })
})

describe('drag and drop', () => {
  it('drops before, after or inside the theme under the pointer', () => {
    expect(after(tags(), 'e', dropPlacement(tags(), 'e', 'b', 'before'))).toEqual(['a:0', 'e:1', 'b:1', 'c:1', 'd:2'])
    expect(after(tags(), 'e', dropPlacement(tags(), 'e', 'b', 'after'))).toEqual(['a:0', 'b:1', 'e:1', 'c:1', 'd:2'])
    expect(after(tags(), 'e', dropPlacement(tags(), 'e', 'c', 'inside'))).toEqual(['a:0', 'b:1', 'c:1', 'd:2', 'e:2'])
    expect(after(tags(), 'b', dropPlacement(tags(), 'b', 'c', 'after'))).toEqual(['a:0', 'c:1', 'd:2', 'b:1', 'e:0'])
    expect(after(tags(), 'a', dropPlacement(tags(), 'a', 'e', 'after'))).toEqual(['e:0', 'a:0', 'b:1', 'c:1', 'd:2'])
  })

  it('a drop on itself goes nowhere; a drop into its own sub-theme is refused by the move', () => {
    expect(dropPlacement(tags(), 'a', 'a', 'inside')).toBeNull()
    const placement = dropPlacement(tags(), 'a', 'd', 'inside') as Placement
    expect(moveTheme(tags(), 'a', placement.parentId, placement.index)).toEqual({ error: '“a” cannot go inside itself or one of its own sub-themes.' })
  })

  it('the top quarter of a row drops before, the bottom quarter after, the middle inside', () => {
    expect(dropPosition(2, 28)).toBe('before')
    expect(dropPosition(14, 28)).toBe('inside')
    expect(dropPosition(26, 28)).toBe('after')
  })
})
