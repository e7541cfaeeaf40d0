/** Dragging a theme over the tree: what is carried, where it would land, and the drop. */
import { descendantIds } from '@shared/themeTree'
import { dropPosition, type DropPosition } from '../../codebook/moves'
import { codebook } from '../../state/codebook.svelte'

export class TreeDrag {
  /** Where the theme carried would land, shown on the row under the pointer. */
  drop = $state<{ id: string; position: DropPosition } | null>(null)
  /** The theme carried and the themes it may not land on (itself and its sub-themes). */
  private carried: { id: string; forbidden: Set<string> } | null = null

  start(id: string, event: DragEvent): void {
    if (!event.dataTransfer) return
    event.dataTransfer.effectAllowed = 'move'
    event.dataTransfer.setData('text/plain', codebook.tags.find((t) => t.id === id)?.name ?? '')
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- read while dragging, never rendered
    this.carried = { id, forbidden: new Set([id, ...descendantIds(codebook.tags, id)]) }
  }

  /** Over the row of theme `id`, whose line is `box`: accepts the drop where it may land. */
  over(id: string, event: DragEvent, box: DOMRect): void {
    if (!this.carried || this.carried.forbidden.has(id)) {
      this.drop = null
      return
    }
    event.preventDefault()
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move'
    const position = dropPosition(event.clientY - box.top, box.height)
    if (this.drop?.id !== id || this.drop.position !== position) this.drop = { id, position }
  }

  /** The drop on theme `id`: the theme carried and where it lands, or null. */
  take(id: string, event: DragEvent): { id: string; position: DropPosition } | null {
    event.preventDefault()
    const carried = this.carried
    const drop = this.drop
    this.end()
    return carried && drop && drop.id === id ? { id: carried.id, position: drop.position } : null
  }

  end(): void {
    this.carried = null
    this.drop = null
  }
}
