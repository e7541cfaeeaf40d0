/**
 * The search hit shown in the article: one temporary decoration over its range, kept apart from the
 * passages' highlights (its own plugin), so showing or moving it never repaints them.
 */
import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view'
import { offsetToPos, type ArticleLayout } from './offsets'
import { REPAINT } from './readOnlyCaret'

const searchHitKey = new PluginKey<DecorationSet>('themata-search-hit')

export const SearchHit = Extension.create({
  name: 'themataSearchHit',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: searchHitKey,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, previous) {
            const next = tr.getMeta(searchHitKey) as DecorationSet | undefined
            return next ?? previous.map(tr.mapping, tr.doc)
          }
        },
        props: { decorations: (state) => searchHitKey.getState(state) }
      })
    ]
  }
})

/** Marks [start, end) of the text as the shown hit (null clears it). */
export function showSearchHit(view: EditorView, layout: ArticleLayout, range: { start: number; end: number } | null): void {
  const decorations = range
    ? DecorationSet.create(view.state.doc, [Decoration.inline(offsetToPos(layout, range.start), offsetToPos(layout, range.end), { class: 'search-hit' })])
    : DecorationSet.empty
  view.dispatch(view.state.tr.setMeta(searchHitKey, decorations).setMeta(REPAINT, true).setMeta('addToHistory', false))
}
