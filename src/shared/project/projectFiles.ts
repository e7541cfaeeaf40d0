/**
 * Project files in and out, whatever the format: a REFI-QDA project (.qdpx, .qde) or a Themata
 * backup (.themata) in; .qdpx, .qdc (the codebook alone) or .themata out. Used by the CLI; the app
 * restores backups through its database code, which also upgrades older storage versions.
 */
import { backupProjectOf, projectDataOf } from '../backup/projectData'
import { BACKUP_FORMAT, BACKUP_VERSION } from '../backup/format'
import { readBackup } from '../backup/readBackup'
import { writeBackup } from '../backup/writeBackup'
import { writeCodebookFile } from '../codebookExchange/writeCodebookFile'
import { extensionOf } from '../codebookExchange/formats'
import { exportQdpx } from '../qdpx/exportQdpx'
import { importQdpx, type ImportedProject } from '../qdpx/importQdpx'
import { projectError } from './errors'
import { PROJECT_OPEN_EXTENSIONS } from './fileFormats'
import type { ProjectData } from './projectData'
import { projectReport } from './summary'

export const PROJECT_EXPORT_FORMATS = ['qdpx', 'qdc', 'themata'] as const
export type ProjectExportFormat = (typeof PROJECT_EXPORT_FORMATS)[number]

/** Every project in the file, with what it holds (a backup may hold several). */
export async function readProjectFile(bytes: Uint8Array, fileName: string): Promise<ImportedProject[]> {
  switch (extensionOf(fileName)) {
    case '.qdpx':
    case '.qde':
      return [await importQdpx(bytes, fileName)]
    case '.themata':
      return readBackup(bytes, fileName).projects.map((p) => {
        const project = projectDataOf(p, fileName)
        return { project, report: projectReport(project) }
      })
    default:
      throw projectError(fileName, 'projectError.notProjectFile', { formats: PROJECT_OPEN_EXTENSIONS.join(', ') })
  }
}

export interface ProjectWriteOptions {
  app: string
  userName: string
  now: number
}

/** One project as a file of `format`. */
export function writeProjectFile(project: ProjectData, format: ProjectExportFormat, options: ProjectWriteOptions): Uint8Array {
  switch (format) {
    case 'qdpx':
      return exportQdpx(project, { origin: options.app, userName: options.userName, now: options.now })
    case 'qdc':
      if (project.tags.length === 0) throw projectError(project.name, 'projectError.noThemes')
      return new TextEncoder().encode(writeCodebookFile('qdc', project.tags, options.app))
    case 'themata':
      return writeBackup({
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        createdAt: options.now,
        app: options.app,
        scope: 'project',
        reason: 'manual',
        projects: [backupProjectOf(project, { createdAt: options.now, openedAt: options.now })]
      })
  }
}
