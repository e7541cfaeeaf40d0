/**
 * The REFI-QDA figures of issue #10, in plain Node with the app's own shared code (the app runs the
 * same functions, in the page):
 *   qdpxExportProjectMs  the 500-article / 100,000-passage project → .qdpx bytes (project.qde, texts, zip)
 *   qdpxImportNvivoMs    nvivo12.6-win--oltas0517.qdpx (1.45 MB, two texts of ~600,000 characters) → a new project's records
 * Each is checked: every passage in the export, the NVivo file's counts.
 * Imported by run.ts after scripts/sourceHooks.mjs, which lets Node load our TypeScript source.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { unzipSync } from 'fflate'
import type { Tag } from '../src/shared/annotation'
import type { ProjectData } from '../src/shared/project/projectData'
import { exportQdpx } from '../src/shared/qdpx/exportQdpx'
import { importQdpx } from '../src/shared/qdpx/importQdpx'
import { libraryItems, toAnnotations, type BenchSizes, type LibraryItem, type PassageSpec } from './data.ts'

const NVIVO = join(fileURLToPath(new URL('.', import.meta.url)), '../../shared/external/refi-qda/nvivo12.6-win--oltas0517.qdpx')

export interface QdpxBench {
  qdpxExportProjectMs: number
  qdpxImportNvivoMs: number
}

const THEMES: Tag[] = ['Economic pressure', 'Sanctions', 'Hybrid tactics', 'Disinformation', 'CIS'].map((name, i) => ({
  id: `00000000-0000-4000-8000-00000000000${i}`,
  name,
  color: '#d97706',
  description: `What “${name}” covers.`,
  memo: i === 0 ? 'A memo.' : '',
  parentId: i % 2 === 1 ? `00000000-0000-4000-8000-00000000000${i - 1}` : null,
  order: i,
  shortcut: i < 9 ? i + 1 : null
}))

/** The library scenario's articles and passages as one project's records. */
export function libraryProject(seed: number, sizes: BenchSizes): ProjectData {
  const project: ProjectData = { name: 'Bench library', documents: [], contents: [], tags: THEMES, annotations: [], sets: [], settings: [{ key: 'codebookSeeded', value: true }] }
  const time = Date.UTC(2025, 0, 1)
  let n = 0
  for (const item of libraryItems(seed, sizes)) {
    const id = `10000000-0000-4000-8000-${String(n++).padStart(12, '0')}`
    const passages = toAnnotations(item.seed, item.article, generate(item), id, THEMES.map((t) => t.id), time)
    project.documents.push({ id, contentHash: id.replace(/-/g, '').padEnd(64, '0'), title: item.title, fileName: item.fileName, format: 'txt', metadata: {}, byteLength: item.article.text.length, charCount: item.article.text.length, importedAt: time, openedAt: time + n, passageCount: passages.length, memo: '', setIds: [] })
    project.contents.push({ documentId: id, blocks: item.article.blocks, text: item.article.text })
    project.annotations.push(...passages)
  }
  return project
}

/** The item's passages, spread evenly over its text, in two themes each, every tenth with a note. */
function generate(item: LibraryItem): PassageSpec[] {
  return Array.from({ length: item.passages }, (_, k) => {
    const length = item.article.text.length
    const start = Math.floor(((k * 7919) % 997) / 997 * Math.max(1, length - 120))
    return { start, end: Math.min(length, start + 20 + ((k * 31) % 90)), themes: [k % THEMES.length, (k * 3) % THEMES.length], note: k % 10 === 0 ? `Note ${k}` : '' }
  })
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}

export async function measureQdpx(seed: number, sizes: BenchSizes, runs: number): Promise<QdpxBench> {
  const project = libraryProject(seed, sizes)
  const exportTimes: number[] = []
  const importTimes: number[] = []
  const nvivo = new Uint8Array(readFileSync(NVIVO))
  for (let run = 0; run < runs; run++) {
    let t0 = performance.now()
    const archive = exportQdpx(project, { origin: 'Themata', userName: 'Bench', now: Date.UTC(2026, 0, 1) })
    exportTimes.push(performance.now() - t0)
    const written = (new TextDecoder().decode(unzipSync(archive, { filter: (f) => f.name === 'project.qde' })['project.qde']).match(/<PlainTextSelection /g) ?? []).length
    if (written !== project.annotations.length) throw new Error(`The .qdpx holds ${written} of ${project.annotations.length} passages.`)

    t0 = performance.now()
    const imported = await importQdpx(nvivo, 'nvivo12.6-win--oltas0517.qdpx')
    importTimes.push(performance.now() - t0)
    if (imported.report.passages !== 188 || imported.report.themes !== 152) throw new Error(`The NVivo import gave ${imported.report.passages} passages and ${imported.report.themes} themes, not 188 and 152.`)
  }
  return { qdpxExportProjectMs: median(exportTimes), qdpxImportNvivoMs: median(importTimes) }
}
