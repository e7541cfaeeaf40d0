import { tick } from 'svelte'

/**
 * What a menu button does (the WAI-ARIA menu button pattern), for the small menus of the codebook
 * and the project files: ↓/↑ on the button open the menu at its first or last item, ↑ ↓ Home End
 * move through it, Escape closes it back to the button, Tab and a focus leaving close it, and an
 * item's action runs with the button disabled until it is done.
 */
export class MenuButton {
  open = $state(false)
  busy = $state(false)
  trigger = $state<HTMLButtonElement>()
  menu = $state<HTMLUListElement>()
  readonly #beforeOpen: () => Promise<void>

  /** `beforeOpen` runs before each opening (to list items that change, or to place the menu). */
  constructor(beforeOpen: () => Promise<void> = async () => {}) {
    this.#beforeOpen = beforeOpen
  }

  #items(): HTMLButtonElement[] {
    return Array.from(this.menu?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])
  }

  #focusItem(index: number): void {
    const all = this.#items()
    all[(index + all.length) % all.length]?.focus()
  }

  show = async (focus: 'first' | 'last'): Promise<void> => {
    await this.#beforeOpen()
    this.open = true
    await tick()
    this.#focusItem(focus === 'first' ? 0 : -1)
  }

  close = (refocus: boolean): void => {
    this.open = false
    if (refocus) this.trigger?.focus()
  }

  toggle = (): void => {
    if (this.open) this.close(false)
    else void this.show('first')
  }

  choose = async (run: () => Promise<void>): Promise<void> => {
    this.close(true)
    this.busy = true
    try {
      await run()
    } finally {
      this.busy = false
    }
  }

  onTriggerKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      void this.show(event.key === 'ArrowDown' ? 'first' : 'last')
    }
  }

  onMenuKeydown = (event: KeyboardEvent): void => {
    const at = this.#items().indexOf(document.activeElement as HTMLButtonElement)
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: -1 }
    if (event.key in moves) {
      event.preventDefault()
      this.#focusItem(moves[event.key] as number)
    } else if (event.key === 'Escape') {
      event.preventDefault()
      this.close(true)
    } else if (event.key === 'Tab') {
      this.close(false)
    }
  }

  onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget
    if (this.open && !(next instanceof Node && event.currentTarget instanceof Node && event.currentTarget.contains(next))) this.close(false)
  }
}
