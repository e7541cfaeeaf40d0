/**
 * Highlights as ProseMirror decorations, painted only for a window of blocks around the
 * viewport. A 1 MB article with 10,000 passages would otherwise need tens of thousands of
 * inline decorations at every change; here each change rebuilds only the window (a few
 * hundred), and overlapping passages are pre-cut into segments so each stretch of text
 * gets one decoration that shows every theme on it.
 */
import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state'
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view'
import type { Annotation, Tag } from '@shared/annotation'
import { segmentize } from '@shared/anchoring/segments'
import { highlightStyle } from '@shared/highlightStyle'
import type { HighlightIndex } from './highlightIndex'
import { offsetToPos } from './offsets'

export interface HighlightSource {
  index: HighlightIndex
  starts: readonly number[]
  blockLengths: readonly number[]
  /** Current codebook, looked up at paint time so recolouring a theme needs only a refresh. */
  tags(): ReadonlyMap<string, Tag>
}

interface HighlightState {
  decorations: DecorationSet
  from: number
  to: number
  flashId: string | null
}

type HighlightMeta = { refresh: true } | { window: [number, number] } | { flash: string | null }

export const highlightKey = new PluginKey<HighlightState>('themata-highlights')

/** Blocks painted beyond the visible ones, so short scrolls never show unpainted text. */
export const WINDOW_MARGIN = 30

function segmentDecorations(source: HighlightSource, block: number, flashId: string | null, out: Decoration[]): void {
  const annotations = source.index.inBlocks(block, block)
  if (annotations.length === 0) return
  const start = source.starts[block] as number
  const end = start + (source.blockLengths[block] as number)
  const tags = source.tags()
  for (const segment of segmentize(annotations, start, end)) {
    const tagIds = new Set<string>()
    for (const a of segment.spans) for (const id of a.tagIds) if (tags.has(id)) tagIds.add(id)
    const colors = [...tagIds]
      .map((id) => tags.get(id) as Tag)
      .sort((x, y) => x.order - y.order)
      .map((t) => t.color)
    const classes = ['hl']
    if (flashId && segment.spans.some((a) => a.id === flashId)) classes.push('hl-flash')
    if (segment.spans.some((a: Annotation) => a.note && a.end === segment.end)) classes.push('hl-note-end')
    out.push(
      Decoration.inline(offsetToPos(segment.start), offsetToPos(segment.end), {
        class: classes.join(' '),
        style: highlightStyle(colors, segment.spans.length),
        'data-ids': segment.spans.map((a) => a.id).join(' ')
      })
    )
  }
}

function paint(state: EditorState, source: HighlightSource, from: number, to: number, flashId: string | null): DecorationSet {
  const decorations: Decoration[] = []
  const last = Math.min(to, source.starts.length - 1)
  for (let block = Math.max(0, from); block <= last; block++) segmentDecorations(source, block, flashId, decorations)
  return DecorationSet.create(state.doc, decorations)
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
          init: (_config, state) => ({ decorations: paint(state, source, 0, 2 * WINDOW_MARGIN, null), from: 0, to: 2 * WINDOW_MARGIN, flashId: null }),
          apply(tr, previous, _old, state) {
            const meta = tr.getMeta(highlightKey) as HighlightMeta | undefined
            if (!meta) return tr.docChanged ? { ...previous, decorations: previous.decorations.map(tr.mapping, tr.doc) } : previous
            const next = { ...previous }
            if ('window' in meta) [next.from, next.to] = meta.window
            if ('flash' in meta) next.flashId = meta.flash
            next.decorations = paint(state, source, next.from, next.to, next.flashId)
            return next
          }
        },
        props: { decorations: (state) => highlightKey.getState(state)?.decorations }
      })
    ]
  }
})

function send(view: EditorView, meta: HighlightMeta): void {
  view.dispatch(view.state.tr.setMeta(highlightKey, meta).setMeta('addToHistory', false))
}

/** Repaints the current window after annotations or themes changed. */
export function refreshHighlights(view: EditorView): void {
  send(view, { refresh: true })
}

/** The painted block window, or null before the plugin is installed. */
export function paintedWindow(view: EditorView): [number, number] | null {
  const state = highlightKey.getState(view.state)
  return state ? [state.from, state.to] : null
}

/** Paints blocks [from, to] (clamped by the painter). */
export function setHighlightWindow(view: EditorView, from: number, to: number): void {
  send(view, { window: [from, to] })
}

/** Marks one passage as flashing (null clears it). */
export function flashHighlight(view: EditorView, id: string | null): void {
  send(view, { flash: id })
}
