/** The side panels' widths, remembered for the user (see layout/layoutSettings.ts). */
import { clamp, PASSAGES_WIDTH, parseLayout, SIDEBAR_WIDTH, type LayoutSettings } from '../layout/layoutSettings'

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

export { PASSAGES_WIDTH, SIDEBAR_WIDTH }
