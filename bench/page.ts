/**
 * Timing helpers installed in every benchmark page (an init script, so the app's CSP does not
 * apply). Everything is timed inside the page with performance.now(); "painted" means a message
 * posted during a frame has been delivered, which happens after that frame's paint.
 */

export interface BenchHelpers {
  /** Resolves after the next frame has been painted, with the time then. */
  afterPaint(): Promise<number>
  /**
   * Runs `action` at the start of a frame, then resolves with the milliseconds from the action to
   * the end of the first painted frame in which `ready()` holds (NaN after `timeoutMs`). Starting on
   * a frame boundary leaves out the wait for the next vsync, which is no part of the app's work.
   */
  measure(action: () => void, ready: () => boolean, timeoutMs?: number): Promise<number>
  /** Runs `action` at the start of a frame; resolves with the time it ran. */
  atFrameStart(action: () => void): Promise<number>
  /** The time of the latest performance mark `name`, waiting for it to appear. */
  markTime(name: string, timeoutMs?: number): Promise<number>
  /** Resolves once `ready()` holds after a painted frame. */
  until(ready: () => boolean, timeoutMs?: number): Promise<void>
}

declare global {
  interface Window {
    __bench: BenchHelpers
  }
}

/** Serialized into the page by Playwright: must not refer to anything outside itself. */
export function installHelpers(): void {
  const post = (fn: () => void): void => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      fn()
    }
    channel.port2.postMessage(null)
  }
  const afterPaint = (): Promise<number> =>
    new Promise((resolve) => requestAnimationFrame(() => post(() => resolve(performance.now()))))
  const measure = (action: () => void, ready: () => boolean, timeoutMs = 10_000): Promise<number> =>
    new Promise((resolve, reject) => {
      requestAnimationFrame(() => {
        const t0 = performance.now()
        try {
          action()
        } catch (error) {
          reject(error)
          return
        }
        const check = (): void =>
          post(() => {
            const t = performance.now()
            let ok: boolean
            try {
              ok = ready()
            } catch (error) {
              reject(error)
              return
            }
            if (ok) resolve(t - t0)
            else if (t - t0 > timeoutMs) resolve(Number.NaN)
            else requestAnimationFrame(check)
          })
        check()
      })
    })
  const atFrameStart = (action: () => void): Promise<number> =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const t = performance.now()
        action()
        resolve(t)
      })
    )
  const markTime = async (name: string, timeoutMs = 120_000): Promise<number> => {
    const t0 = performance.now()
    for (;;) {
      const entries = performance.getEntriesByName(name, 'mark')
      const last = entries[entries.length - 1]
      if (last) return last.startTime
      if (performance.now() - t0 > timeoutMs) throw new Error(`The app never marked ${name}.`)
      await new Promise((resolve) => setTimeout(resolve, 4))
    }
  }
  const until = async (ready: () => boolean, timeoutMs = 30_000): Promise<void> => {
    const t0 = performance.now()
    while (!ready()) {
      if ((await afterPaint()) - t0 > timeoutMs) throw new Error('Timed out waiting for the page.')
    }
  }
  window.__bench = { afterPaint, measure, atFrameStart, markTime, until }
}
