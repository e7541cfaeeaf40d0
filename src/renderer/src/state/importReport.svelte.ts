/** The report of the last project import, shown until the user closes it. */
import type { ProjectImportReport } from '@shared/qdpx/report'

class ImportReportState {
  current = $state.raw<{ fileName: string; projectName: string; report: ProjectImportReport } | null>(null)
}

export const importReport = new ImportReportState()

export function showImportReport(fileName: string, projectName: string, report: ProjectImportReport): void {
  importReport.current = { fileName, projectName, report }
}

export function closeImportReport(): void {
  importReport.current = null
}
