/** A project (or some of its articles) → a REFI-QDA project archive (.qdpx): project.qde, sources/<guid>.txt, themata.json. */
import { strToU8, zipSync, type Zippable } from 'fflate'
import { withArticles, type ProjectData } from '../project/projectData'
import { SIDECAR_NAME } from './sidecar'
import { writeQde, type QdeOptions } from './writeQde'

export interface QdpxOptions extends QdeOptions {
  /** Only these articles (with their passages); null or absent: all of them. */
  documentIds?: ReadonlySet<string> | null
}

export function exportQdpx(project: ProjectData, options: QdpxOptions): Uint8Array<ArrayBuffer> {
  const { xml, texts, sidecar } = writeQde(withArticles(project, options.documentIds ?? null), options)
  // Zip entry times are DOS dates, which start in 1980.
  const mtime = new Date(Math.max(options.now, Date.UTC(1980, 0, 2)))
  const files: Zippable = { 'project.qde': strToU8(xml) }
  for (const [path, text] of texts) files[path] = strToU8(text)
  files[SIDECAR_NAME] = strToU8(JSON.stringify(sidecar))
  // fflate allocates plain ArrayBuffers.
  return zipSync(files, { level: 6, mtime }) as Uint8Array<ArrayBuffer>
}
