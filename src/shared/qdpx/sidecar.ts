/**
 * `themata.json` in a `.qdpx` Themata wrote: what QDA-XML has no place for, so a project that goes
 * out and comes back in loses nothing — each article's block structure (headings, list items…) and
 * where it came from, each theme's key and order, each set's order. Other tools ignore the file; an
 * archive without it (or with one that no longer fits its texts) imports as any other tool's.
 */
import { z } from 'zod'

export const SIDECAR_NAME = 'themata.json'
export const SIDECAR_FORMAT = 'themata-qdpx-extras'
export const SIDECAR_VERSION = 1

const blockKind = z.object({
  type: z.enum(['heading', 'paragraph', 'listItem', 'quote', 'tableRow']),
  level: z.number().int().min(1).max(6).optional()
})

const sidecarSchema = z.object({
  format: z.literal(SIDECAR_FORMAT),
  version: z.number().int().min(1),
  /** TextSource GUID key → the article's record fields and block kinds. */
  sources: z.record(
    z.string(),
    z.object({
      blocks: z.array(blockKind),
      fileName: z.string(),
      format: z.enum(['txt', 'md', 'html', 'docx', 'odt', 'pdf']),
      contentHash: z.string().regex(/^[0-9a-f]{64}$/),
      byteLength: z.number().int().nonnegative(),
      importedAt: z.number(),
      openedAt: z.number()
    })
  ),
  /** Code GUID key → the theme's key (1–9 or null) and its position among its siblings. */
  codes: z.record(z.string(), z.object({ shortcut: z.number().int().min(1).max(9).nullable(), order: z.number() })),
  /** Set GUID key → its position. */
  sets: z.record(z.string(), z.object({ order: z.number() }))
})

export type Sidecar = z.infer<typeof sidecarSchema>
export type SidecarSource = Sidecar['sources'][string]

/** The sidecar's content, or null when it is missing, damaged or from a newer Themata (then the standard data alone is used). */
export function readSidecar(bytes: Uint8Array | null): Sidecar | null {
  if (bytes === null) return null
  try {
    const parsed = sidecarSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes)))
    return parsed.success && parsed.data.version <= SIDECAR_VERSION ? parsed.data : null
  } catch {
    return null
  }
}
