/**
 * Named moments the benchmark (bench/) reads from the performance timeline. performance.mark costs
 * next to nothing and nothing in the app reads these; each name keeps only its latest entry.
 */
export type MarkName =
  | 'themata:article-painted'
  | 'themata:highlights-start'
  | 'themata:highlights-painted'
  | 'themata:passages-start'
  | 'themata:passages-painted'
  | 'themata:library-start'
  | 'themata:library-painted'
  | 'themata:report-ready'
  | 'themata:batch-start'
  | 'themata:batch-done'
  | 'themata:analysis-painted'
  | 'themata:project-restored'

export function mark(name: MarkName): void {
  performance.clearMarks(name)
  performance.mark(name)
}

/** Calls `done` once the frame showing the DOM as it is now has been painted. */
export function afterNextPaint(done: () => void): void {
  requestAnimationFrame(() => {
    // A message posted during a frame is delivered after that frame's paint.
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      done()
    }
    channel.port2.postMessage(null)
  })
}

/** Marks `name` when the frame showing the DOM as it is now has been painted. */
export function markPainted(name: MarkName): void {
  afterNextPaint(() => mark(name))
}
