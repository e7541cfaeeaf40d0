/**
 * Annotations bucketed by the blocks they touch, so painting a window of blocks reads only
 * the annotations there: O(annotations in view), not O(all annotations), at every scroll or edit.
 * Also keeps every annotation in reading order (start, end, id), overall and per theme, updated by
 * binary search, so after a single change neither the passages panel nor the report regroups or
 * sorts 10,000 passages.
 */
import type { Annotation } from '@shared/annotation'
import { blockIndexAt } from '@shared/document'

/** Reading order: by start, then end, then id (ids are unique, so the order is total). */
export function readingOrder(a: Annotation, b: Annotation): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

export class HighlightIndex {
  private readonly buckets: Map<number, Map<string, Annotation>> = new Map()
  private readonly byId = new Map<string, Annotation>()
  private readonly ordered: Annotation[] = []
  /** Reading order per tag id; '' holds the annotations without any tag. */
  private readonly byTag = new Map<string, Annotation[]>()

  constructor(
    private readonly starts: readonly number[],
    annotations: Iterable<Annotation> = []
  ) {
    this.load(annotations)
  }

  get size(): number {
    return this.byId.size
  }

  get(id: string): Annotation | undefined {
    return this.byId.get(id)
  }

  /** Every annotation in reading order. Read-only: it changes in place as annotations change. */
  all(): readonly Annotation[] {
    return this.ordered
  }

  /** The annotations with tag `tagId` ('' for those with none), in reading order. Read-only, changes in place. */
  withTag(tagId: string): readonly Annotation[] {
    return this.byTag.get(tagId) ?? []
  }

  /** Every tag id some annotation has. */
  tagIds(): string[] {
    return [...this.byTag].filter(([id, list]) => id !== '' && list.length > 0).map(([id]) => id)
  }

  /**
   * Adds many annotations at once (opening a document): one sort instead of one insertion each.
   * An id already present is kept as it is, so a passage changed meanwhile is not overwritten.
   */
  load(annotations: Iterable<Annotation>): void {
    let added = false
    for (const annotation of annotations) {
      if (this.byId.has(annotation.id)) continue
      this.byId.set(annotation.id, annotation)
      this.bucket(annotation)
      this.ordered.push(annotation)
      for (const tagId of tagsOf(annotation)) {
        let list = this.byTag.get(tagId)
        if (!list) this.byTag.set(tagId, (list = []))
        list.push(annotation)
      }
      added = true
    }
    if (!added) return
    this.ordered.sort(readingOrder)
    for (const list of this.byTag.values()) list.sort(readingOrder)
  }

  /** Adds or replaces an annotation. */
  put(annotation: Annotation): void {
    this.remove(annotation.id)
    this.byId.set(annotation.id, annotation)
    this.bucket(annotation)
    insert(this.ordered, annotation)
    for (const tagId of tagsOf(annotation)) {
      let list = this.byTag.get(tagId)
      if (!list) this.byTag.set(tagId, (list = []))
      insert(list, annotation)
    }
  }

  remove(id: string): void {
    const existing = this.byId.get(id)
    if (!existing) return
    this.byId.delete(id)
    for (const block of this.blocksOf(existing)) this.buckets.get(block)?.delete(id)
    remove(this.ordered, existing)
    for (const tagId of tagsOf(existing)) {
      const list = this.byTag.get(tagId)
      if (list) remove(list, existing)
    }
  }

  /** Annotations touching any block in [fromBlock, toBlock], each once. */
  inBlocks(fromBlock: number, toBlock: number): Annotation[] {
    if (fromBlock === toBlock) return [...(this.buckets.get(fromBlock)?.values() ?? [])]
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

  private bucket(annotation: Annotation): void {
    for (const block of this.blocksOf(annotation)) {
      let bucket = this.buckets.get(block)
      if (!bucket) this.buckets.set(block, (bucket = new Map()))
      bucket.set(annotation.id, annotation)
    }
  }

  private *blocksOf(annotation: Annotation): Iterable<number> {
    const [first, last] = this.blockRange(annotation)
    for (let b = first; b <= last; b++) yield b
  }
}

/** The lists an annotation is kept in: each of its tags, or '' when it has none. */
function tagsOf(annotation: Annotation): Iterable<string> {
  return annotation.tagIds.length > 0 ? new Set(annotation.tagIds) : ['']
}

/** Where `annotation` is or would go in `list` (in reading order). */
function position(list: readonly Annotation[], annotation: Annotation): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (readingOrder(list[mid] as Annotation, annotation) < 0) lo = mid + 1
    else hi = mid
  }
  return lo
}

function insert(list: Annotation[], annotation: Annotation): void {
  list.splice(position(list, annotation), 0, annotation)
}

function remove(list: Annotation[], annotation: Annotation): void {
  const at = position(list, annotation)
  if (list[at] === annotation) list.splice(at, 1)
  else {
    const found = list.indexOf(annotation)
    if (found >= 0) list.splice(found, 1)
  }
}
