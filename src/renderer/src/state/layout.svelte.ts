/** The side panels' widths and the article's text size, remembered for the user (see layout/layoutSettings.ts). */
import { ARTICLE_ZOOM, clamp, PASSAGES_WIDTH, parseLayout, SIDEBAR_WIDTH, zoomStep, type LayoutSettings } from '../layout/layoutSettings'

const KEY = 'themata.layout'

export const layout = $state<LayoutSettings>(parseLayout(localStorage.getItem(KEY)))

function save(): void {
  localStorage.setItem(KEY, JSON.stringify(layout))
}

export function setSidebarWidth(width: number): void {
  layout.sidebarWidth = Math.round(clamp(width, SIDEBAR_WIDTH))
  save()
}

export function setPassagesWidth(width: number): void {
  layout.passagesWidth = Math.round(clamp(width, PASSAGES_WIDTH))
  save()
}

/** Larger (+1), smaller (-1) or normal (0) article text. */
export function zoomArticle(direction: -1 | 0 | 1): void {
  layout.articleZoom = zoomStep(layout.articleZoom, direction)
  save()
}

export { ARTICLE_ZOOM, PASSAGES_WIDTH, SIDEBAR_WIDTH }
