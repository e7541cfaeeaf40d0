/** Text offset ↔ ProseMirror position for the flat article schema (see blockNodes.ts). */

export function offsetToPos(offset: number): number {
  return offset + 1
}

export function posToOffset(pos: number, textLength: number): number {
  return Math.min(textLength, Math.max(0, pos - 1))
}
