/**
 * Annotations bucketed by the blocks they touch, so painting a window of blocks reads only
 * the annotations there: O(annotations in view), not O(all annotations), at every scroll or edit.
 */
import type { Annotation } from '@shared/annotation'
import { blockIndexAt } from '@shared/document'

export class HighlightIndex {
  private readonly buckets: Map<number, Map<string, Annotation>> = new Map()
  private readonly byId = new Map<string, Annotation>()

  constructor(
    private readonly starts: readonly number[],
    annotations: Iterable<Annotation> = []
  ) {
    for (const annotation of annotations) this.put(annotation)
  }

  get size(): number {
    return this.byId.size
  }

  get(id: string): Annotation | undefined {
    return this.byId.get(id)
  }

  /** Adds or replaces an annotation. */
  put(annotation: Annotation): void {
    this.remove(annotation.id)
    this.byId.set(annotation.id, annotation)
    for (const block of this.blocksOf(annotation)) {
      let bucket = this.buckets.get(block)
      if (!bucket) this.buckets.set(block, (bucket = new Map()))
      bucket.set(annotation.id, annotation)
    }
  }

  remove(id: string): void {
    const existing = this.byId.get(id)
    if (!existing) return
    this.byId.delete(id)
    for (const block of this.blocksOf(existing)) this.buckets.get(block)?.delete(id)
  }

  /** Annotations touching any block in [fromBlock, toBlock], each once. */
  inBlocks(fromBlock: number, toBlock: number): Annotation[] {
    const seen = new Map<string, Annotation>()
    for (let b = fromBlock; b <= toBlock; b++) {
      const bucket = this.buckets.get(b)
      if (bucket) for (const [id, a] of bucket) seen.set(id, a)
    }
    return [...seen.values()]
  }

  /** First and last block index an annotation touches. */
  blockRange(annotation: Pick<Annotation, 'start' | 'end'>): [number, number] {
    return [blockIndexAt(this.starts, annotation.start), blockIndexAt(this.starts, Math.max(annotation.start, annotation.end - 1))]
  }

  private *blocksOf(annotation: Annotation): Iterable<number> {
    const [first, last] = this.blockRange(annotation)
    for (let b = first; b <= last; b++) yield b
  }
}
