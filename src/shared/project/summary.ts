/** What a project holds, in the shape of an import report (a restored backup places everything). */
import type { ProjectImportReport } from '../qdpx/report'
import type { ProjectData } from './projectData'

export function projectReport(project: ProjectData): ProjectImportReport {
  const passages = new Map<string, number>()
  for (const a of project.annotations) passages.set(a.documentId, (passages.get(a.documentId) ?? 0) + 1)
  return {
    articles: project.documents.map((d) => ({ title: d.title, characters: d.charCount, passages: passages.get(d.id) ?? 0 })),
    themes: project.tags.length,
    passages: project.annotations.length,
    notes: project.annotations.filter((a) => a.note !== '').length + project.documents.filter((d) => d.memo !== '').length + project.tags.filter((t) => t.memo !== '').length,
    unplaced: [],
    positions: []
  }
}

/** Several projects' reports as one: their articles together, the counts added up. */
export function combinedReport(reports: readonly ProjectImportReport[]): ProjectImportReport {
  return {
    articles: reports.flatMap((r) => r.articles),
    themes: reports.reduce((n, r) => n + r.themes, 0),
    passages: reports.reduce((n, r) => n + r.passages, 0),
    notes: reports.reduce((n, r) => n + r.notes, 0),
    unplaced: reports.flatMap((r) => r.unplaced),
    positions: reports.flatMap((r) => r.positions)
  }
}
