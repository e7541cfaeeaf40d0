/**
 * Highlights as ProseMirror decorations, painted only for a window of blocks around the
 * viewport, and updated block by block. A 1 MB article with 10,000 passages would otherwise need
 * tens of thousands of inline decorations, rebuilt at every change; here:
 *
 * - moving the window decorates only the blocks that enter it and drops the ones that leave;
 * - a change to passages repaints only the blocks those passages touch (one or two);
 * - overlapping passages are pre-cut into segments, so each stretch of text gets one
 *   decoration that shows every theme on it, and no decoration ever crosses a block boundary.
 *
 * Everything else in the plugin state is kept, so ProseMirror redraws only the blocks whose
 * decorations actually changed.
 */
import { Extension } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state'
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view'
import type { Annotation, Tag } from '@shared/annotation'
import { segmentize } from '@shared/anchoring/segments'
import { highlightStyle } from '@shared/highlightStyle'
import type { HighlightIndex } from './highlightIndex'
import { blockPos, offsetToPos, type ArticleLayout } from './offsets'
import { REPAINT } from './readOnlyCaret'
import { placeShownSection, placeStripes, repainted, textReflowed } from './stripePlacement'
import { stripeWidget, type ArticleStripes } from './stripes'

export interface HighlightSource {
  index: HighlightIndex
  layout: ArticleLayout
  /** Current codebook, looked up at paint time so recolouring a theme needs only a refresh. */
  tags(): ReadonlyMap<string, Tag>
  /** Each theme's place in codebook order: a segment's underlines stack in that order. */
  rank(): ReadonlyMap<string, number>
  /** The coding stripes drawn with the highlights, when the article has them. */
  stripes?: ArticleStripes
}

interface HighlightState {
  decorations: DecorationSet
  /** The painted window, first and last block; empty when to < from. */
  from: number
  to: number
  flashId: string | null
  /** The blocks this transaction decorated (their bars are placed once they are in the page). */
  painted: readonly number[]
}

/** What a transaction asks the plugin to do; parts combine, applied in this order. */
export interface HighlightMeta {
  /** Repaint the whole window (themes were recoloured, or every passage changed). */
  refresh?: true
  /** Paint blocks [from, to] instead of the current window (clamped). */
  window?: [number, number]
  /** Repaint these blocks, where they are painted. */
  blocks?: readonly number[]
  /** Flash one passage (null stops flashing). */
  flash?: string | null
}

export const highlightKey = new PluginKey<HighlightState>('themata-highlights')

/** Blocks painted beyond the visible ones, so short scrolls never show unpainted text. */
export const WINDOW_MARGIN = 30

/** Appends the decorations of one block: one per segment of overlapping passages. */
function decorateBlock(
  source: HighlightSource,
  tags: ReadonlyMap<string, Tag>,
  rank: ReadonlyMap<string, number>,
  block: number,
  flashId: string | null,
  out: Decoration[]
): void {
  const annotations = source.index.inBlocks(block, block)
  if (annotations.length === 0) return
  const { layout } = source
  const start = layout.starts[block] as number
  const end = start + (layout.blockLengths[block] as number)
  const stripes = source.stripes?.shown ? source.stripes : null
  if (stripes) {
    const widget = stripeWidget(stripes, tags, annotations, offsetToPos(layout, start), start, end)
    if (widget) out.push(widget)
  }
  for (const segment of segmentize(annotations, start, end)) {
    const themes: Tag[] = []
    for (const a of segment.spans) {
      for (const id of a.tagIds) {
        const tag = tags.get(id)
        if (tag && !themes.includes(tag)) themes.push(tag)
      }
    }
    themes.sort((x, y) => (rank.get(x.id) ?? 0) - (rank.get(y.id) ?? 0))
    let classes = 'hl'
    if (flashId && segment.spans.some((a) => a.id === flashId)) classes += ' hl-flash'
    if (segment.spans.some((a: Annotation) => a.note && a.end === segment.end)) classes += ' hl-note-end'
    out.push(
      Decoration.inline(offsetToPos(layout, segment.start), offsetToPos(layout, segment.end), {
        class: classes,
        style:
          highlightStyle(
            themes.map((t) => t.color),
            segment.spans.length
          ),
        'data-ids': segment.spans.map((a) => a.id).join(' ')
      })
    )
  }
}

/** The decorations of the given blocks; each block decorated is added to `painted`. */
function decorate(source: HighlightSource, blocks: Iterable<number>, flashId: string | null, painted: number[]): Decoration[] {
  const tags = source.tags()
  const rank = source.rank()
  const out: Decoration[] = []
  for (const block of blocks) {
    decorateBlock(source, tags, rank, block, flashId, out)
    painted.push(block)
  }
  return out
}

function* span(from: number, to: number): Iterable<number> {
  for (let b = from; b <= to; b++) yield b
}

/** Document positions covering blocks [from, to]. */
function positions(source: HighlightSource, from: number, to: number): [number, number] {
  const { layout } = source
  const start = layout.starts[from] as number
  const end = (layout.starts[to] as number) + (layout.blockLengths[to] as number)
  return [offsetToPos(layout, start), offsetToPos(layout, end)]
}

/** The set without the decorations of blocks [from, to] (none cross a block boundary). */
function without(set: DecorationSet, source: HighlightSource, from: number, to: number): DecorationSet {
  if (to < from) return set
  const found = set.find(...positions(source, from, to))
  return found.length > 0 ? set.remove(found) : set
}

function clampWindow(source: HighlightSource, window: [number, number]): [number, number] {
  const last = source.layout.starts.length - 1
  return [Math.max(0, Math.min(window[0], last)), Math.max(0, Math.min(window[1], last))]
}

/** Moves the window, decorating only the blocks that enter it. */
function moveWindow(doc: PMNode, source: HighlightSource, state: HighlightState, from: number, to: number, painted: number[]): DecorationSet {
  const { from: oldFrom, to: oldTo } = state
  if (oldTo < oldFrom || to < oldFrom || from > oldTo) return DecorationSet.create(doc, decorate(source, span(from, to), state.flashId, painted))
  let set = state.decorations
  set = without(set, source, oldFrom, Math.min(oldTo, from - 1))
  set = without(set, source, Math.max(oldFrom, to + 1), oldTo)
  const entering = [...span(from, Math.min(to, oldFrom - 1)), ...span(Math.max(from, oldTo + 1), to)]
  return entering.length > 0 ? set.add(doc, decorate(source, entering, state.flashId, painted)) : set
}

/** Repaints the given blocks that lie in the window. */
function repaint(doc: PMNode, source: HighlightSource, state: HighlightState, blocks: Iterable<number>, painted: number[]): DecorationSet {
  const inWindow = [...new Set(blocks)].filter((b) => b >= state.from && b <= state.to).sort((a, b) => a - b)
  if (inWindow.length === 0) return state.decorations
  let set = state.decorations
  for (const b of inWindow) set = without(set, source, b, b)
  return set.add(doc, decorate(source, inWindow, state.flashId, painted))
}

/** The blocks a passage touches, if it exists. */
function blocksOfPassage(source: HighlightSource, id: string | null): number[] {
  const annotation = id ? source.index.get(id) : undefined
  if (!annotation) return []
  const [first, last] = source.index.blockRange(annotation)
  return [...span(first, last)]
}

export const Highlights = Extension.create<{ source: HighlightSource | null }>({
  name: 'themataHighlights',
  addOptions: () => ({ source: null }),
  addProseMirrorPlugins() {
    const source = this.options.source
    if (!source) return []
    return [
      new Plugin<HighlightState>({
        key: highlightKey,
        state: {
          // Nothing is painted until the view says which blocks are on screen.
          init: () => ({ decorations: DecorationSet.empty, from: 0, to: -1, flashId: null, painted: [] }),
          apply(tr, previous, _old, state) {
            const meta = tr.getMeta(highlightKey) as HighlightMeta | undefined
            if (!meta) return tr.docChanged ? { ...previous, decorations: previous.decorations.map(tr.mapping, tr.doc), painted: [] } : previous
            const doc = state.doc
            const painted: number[] = []
            let next: HighlightState = { ...previous, painted }
            if (meta.window) {
              const [from, to] = clampWindow(source, meta.window)
              next = { ...next, decorations: meta.refresh ? next.decorations : moveWindow(doc, source, next, from, to, painted), from, to }
            }
            if (meta.refresh) next.decorations = DecorationSet.create(doc, decorate(source, span(next.from, next.to), next.flashId, painted))
            else if (meta.blocks) next.decorations = repaint(doc, source, next, meta.blocks, painted)
            if (meta.flash !== undefined && meta.flash !== next.flashId) {
              const touched = [...blocksOfPassage(source, next.flashId), ...blocksOfPassage(source, meta.flash)]
              next.flashId = meta.flash
              next.decorations = repaint(doc, source, next, touched, painted)
            }
            return next
          }
        },
        props: { decorations: (state) => highlightKey.getState(state)?.decorations },
        view: (view) => stripePlacer(view, source)
      })
    ]
  }
})

/** The element of block `b`, when it is drawn. */
function blockElement(view: EditorView, source: HighlightSource, b: number): HTMLElement | null {
  const element = view.nodeDOM(blockPos(source.layout, b))
  return element instanceof HTMLElement ? element : null
}

/** Each editor's way to place the bars of its window that have come near the screen. */
const nearScreenPlacers = new WeakMap<EditorView, () => void>()

/** Places the bars of the painted window that need it and have come near the screen (call as the reader scrolls). */
export function placeStripesNearScreen(view: EditorView): void {
  nearScreenPlacers.get(view)?.()
}

/**
 * Places the coding bars of each repaint, in the same update, and those of the whole window when the
 * text reflows (the column narrowed or widened, the text size changed): bars follow the lines.
 */
function stripePlacer(view: EditorView, source: HighlightSource): { update: (view: EditorView, previous: EditorState) => void; destroy: () => void } {
  const elements = (blocks: Iterable<number>): HTMLElement[] => {
    const found: HTMLElement[] = []
    for (const b of blocks) {
      const element = blockElement(view, source, b)
      if (element) found.push(element)
    }
    return found
  }
  // Blocks whose bars were left to be placed as the reader comes near them.
  let waiting: HTMLElement[] = []
  const placeWindow = (): void => {
    const state = highlightKey.getState(view.state)
    if (source.stripes?.shown && state) waiting = placeStripes(elements(span(state.from, state.to)))
  }
  const placeChanged = (painted: readonly number[]): void => {
    const stripes = source.stripes
    if (!stripes) return
    const changed = new Set<HTMLElement>()
    for (const holder of stripes.takeDrawn()) if (holder.parentElement) changed.add(holder.parentElement)
    if (stripes.shown) {
      for (const element of elements(painted)) {
        repainted(element)
        changed.add(element)
      }
    }
    if (changed.size > 0) waiting.push(...placeStripes(changed))
  }
  const reflowed = new ResizeObserver(() => {
    textReflowed()
    placeWindow()
  })
  // Not the article itself: its height changes as sections scrolled to replace their estimated heights.
  const probe = document.createElement('div')
  probe.className = 'reflow-probe'
  probe.setAttribute('aria-hidden', 'true')
  view.dom.before(probe)
  reflowed.observe(probe)
  view.dom.addEventListener('contentvisibilityautostatechange', placeShownSection, true)
  nearScreenPlacers.set(view, () => {
    if (waiting.length > 0) waiting = placeStripes(new Set(waiting))
  })
  return {
    update(view, previous) {
      const state = highlightKey.getState(view.state)
      placeChanged(state && state !== highlightKey.getState(previous) ? state.painted : [])
    },
    destroy() {
      reflowed.disconnect()
      view.dom.removeEventListener('contentvisibilityautostatechange', placeShownSection, true)
      nearScreenPlacers.delete(view)
      probe.remove()
    }
  }
}

/** Applies a highlight update in one transaction (so in one view update). */
export function updateHighlights(view: EditorView, meta: HighlightMeta): void {
  view.dispatch(view.state.tr.setMeta(highlightKey, meta).setMeta(REPAINT, true).setMeta('addToHistory', false))
}

/** Repaints the current window after themes changed. */
export function refreshHighlights(view: EditorView): void {
  updateHighlights(view, { refresh: true })
}

/** The painted block window (to < from when nothing is painted yet), or null before the plugin is installed. */
export function paintedWindow(view: EditorView): [number, number] | null {
  const state = highlightKey.getState(view.state)
  return state ? [state.from, state.to] : null
}
