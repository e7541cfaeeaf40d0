import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readWindowState, windowPlacement, writeWindowState, type Rect, type WindowState } from './windowState'

const sizes = { initial: { width: 1360, height: 880 }, minimum: { width: 800, height: 500 } }
/** A laptop screen (less its panel) and an external monitor to its right. */
const laptop: Rect = { x: 0, y: 27, width: 1440, height: 873 }
const monitor: Rect = { x: 1440, y: 0, width: 2560, height: 1440 }

const state = (x: number, y: number, width: number, height: number, maximized = false): WindowState => ({ bounds: { x, y, width, height }, maximized })

describe('windowPlacement', () => {
  it('opens a first start at the initial size, centred (no position), no larger than the screen', () => {
    expect(windowPlacement(null, [monitor], sizes)).toEqual({ width: 1360, height: 880, maximized: false })
    expect(windowPlacement(null, [{ x: 0, y: 0, width: 1024, height: 700 }], sizes)).toEqual({ width: 1024, height: 700, maximized: false })
  })

  it('puts the window back where it was, on whichever display that is', () => {
    expect(windowPlacement(state(100, 80, 1200, 760), [laptop, monitor], sizes)).toEqual({ x: 100, y: 80, width: 1200, height: 760, maximized: false })
    expect(windowPlacement(state(2000, 200, 1800, 1100, true), [laptop, monitor], sizes)).toEqual({ x: 2000, y: 200, width: 1800, height: 1100, maximized: true })
  })

  it('keeps a window half off the side of a display, as long as its title bar can be grabbed', () => {
    expect(windowPlacement(state(-600, 100, 1000, 700), [laptop], sizes)).toMatchObject({ x: -600, y: 100 })
  })

  it('centres the window on the primary display when its display is gone', () => {
    // Last used on the monitor, which is unplugged now.
    expect(windowPlacement(state(2000, 200, 1800, 1100, true), [laptop], sizes)).toEqual({ width: 1440, height: 873, maximized: true })
  })

  it('does not trust a title bar that is off every display (above the top, or a sliver at the edge)', () => {
    expect(windowPlacement(state(100, -500, 1200, 700), [laptop, monitor], sizes)).toEqual({ width: 1200, height: 700, maximized: false })
    expect(windowPlacement(state(-1160, 100, 1200, 700), [laptop], sizes)).toEqual({ width: 1200, height: 700, maximized: false })
  })

  it('shrinks a window larger than the display it is on now, and moves it inside', () => {
    // The monitor's resolution was lowered since.
    const smaller: Rect = { x: 1440, y: 0, width: 1920, height: 1080 }
    expect(windowPlacement(state(1500, 100, 2400, 1400), [laptop, smaller], sizes)).toEqual({ x: 1440, y: 0, width: 1920, height: 1080, maximized: false })
  })

  it('never opens below the minimum size', () => {
    expect(windowPlacement(state(10, 40, 300, 200), [laptop], sizes)).toEqual({ x: 10, y: 40, width: 800, height: 500, maximized: false })
  })
})

describe('the window state file', () => {
  it('round-trips, in whole pixels', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'themata-window-')), 'profile', 'window-state.json')
    await writeWindowState(path, state(10.4, 20.6, 1000, 700.2, true))
    expect(await readWindowState(path)).toEqual(state(10, 21, 1000, 700, true))
  })

  it('reads as nothing when missing, damaged or of another shape', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'themata-window-'))
    const path = join(dir, 'window-state.json')
    expect(await readWindowState(path)).toBeNull()
    for (const junk of ['{"bounds":', '[]', '{"bounds":{"x":0,"y":0,"width":-5,"height":10},"maximized":false}', '{"bounds":{"x":"0","y":0,"width":5,"height":10},"maximized":false}']) {
      await writeFile(path, junk)
      expect(await readWindowState(path), junk).toBeNull()
    }
    await writeWindowState(path, state(0, 0, 900, 600))
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ bounds: { x: 0, y: 0, width: 900, height: 600 }, maximized: false })
  })
})
