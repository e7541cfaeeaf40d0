import { mkdir, readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { z } from 'zod'
import { writeFileAtomic } from './atomicWrite'

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

/** The window as the user left it: its size and place when not maximised, and whether it was. */
export interface WindowState {
  bounds: Rect
  maximized: boolean
}

/** Where and how big the window opens; no x/y means "centred on the primary display". */
export interface WindowPlacement {
  x?: number
  y?: number
  width: number
  height: number
  maximized: boolean
}

export interface WindowSizes {
  /** The size of a first start. */
  initial: { width: number; height: number }
  minimum: { width: number; height: number }
}

/** How much of the window's top edge must be on a display for the user to grab and move it. */
const GRAB_WIDTH = 100
const GRAB_HEIGHT = 24

const finite = z.number().finite()
const stateSchema = z.object({
  bounds: z.object({ x: finite.int(), y: finite.int(), width: finite.int().positive(), height: finite.int().positive() }),
  maximized: z.boolean()
})

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  }
}

/**
 * Where to open the window, from the state saved last time and the work areas of the displays
 * there are now (the primary first). The saved place is kept only if the window's title bar is
 * on one of them; a display unplugged since, or a place off every screen, opens it centred on the
 * primary display instead. The size never exceeds the display it opens on.
 */
export function windowPlacement(saved: WindowState | null, workAreas: readonly Rect[], sizes: WindowSizes): WindowPlacement {
  const primary = workAreas[0]
  const fit = (size: { width: number; height: number }, area: Rect | undefined) => ({
    width: Math.max(sizes.minimum.width, area ? Math.min(size.width, area.width) : size.width),
    height: Math.max(sizes.minimum.height, area ? Math.min(size.height, area.height) : size.height)
  })
  if (!saved) return { ...fit(sizes.initial, primary), maximized: false }
  const titleBar: Rect = { ...saved.bounds, height: GRAB_HEIGHT }
  const display = workAreas.find((area) => {
    const o = overlap(titleBar, area)
    return o.width >= Math.min(GRAB_WIDTH, saved.bounds.width) && o.height >= GRAB_HEIGHT / 2
  })
  if (!display) return { ...fit(saved.bounds, primary), maximized: saved.maximized }
  const size = fit(saved.bounds, display)
  if (size.width === saved.bounds.width && size.height === saved.bounds.height) return { x: saved.bounds.x, y: saved.bounds.y, ...size, maximized: saved.maximized }
  // Shrunk to fit the display: moved inside it, so no edge is out of reach.
  const clamp = (value: number, low: number, high: number): number => Math.max(low, Math.min(value, high))
  return {
    x: clamp(saved.bounds.x, display.x, display.x + display.width - size.width),
    y: clamp(saved.bounds.y, display.y, display.y + display.height - size.height),
    ...size,
    maximized: saved.maximized
  }
}

/** The saved state, or null when there is none or it is damaged (the window then opens as at a first start). */
export async function readWindowState(path: string): Promise<WindowState | null> {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(await readFile(path, 'utf8')))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

export async function writeWindowState(path: string, state: WindowState): Promise<void> {
  const bounds = { x: Math.round(state.bounds.x), y: Math.round(state.bounds.y), width: Math.round(state.bounds.width), height: Math.round(state.bounds.height) }
  await mkdir(dirname(path), { recursive: true })
  await writeFileAtomic(path, `${JSON.stringify({ bounds, maximized: state.maximized }, null, 2)}\n`)
}
