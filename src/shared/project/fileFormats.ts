/** The project files Themata reads and writes; kept apart from the readers so the UI and main can list them cheaply. */

/** What "Import project…" and "Restore backup…" open. */
export const PROJECT_OPEN_EXTENSIONS = ['.qdpx', '.qde', '.themata'] as const

export type ProjectOpenPurpose = 'import' | 'restore'

/** What each of the two asks for. */
export const PROJECT_OPEN_FILES: Record<ProjectOpenPurpose, { title: string; label: string; extensions: readonly string[] }> = {
  import: { title: 'Import project', label: 'REFI-QDA projects', extensions: ['.qdpx', '.qde'] },
  restore: { title: 'Restore backup', label: 'Themata backups', extensions: ['.themata'] }
}

export type ProjectFileFormat = 'qdpx' | 'themata'

export const PROJECT_FILE_FORMATS: Record<ProjectFileFormat, { extension: string; label: string; mimeType: string }> = {
  qdpx: { extension: '.qdpx', label: 'REFI-QDA project', mimeType: 'application/zip' },
  themata: { extension: '.themata', label: 'Themata backup', mimeType: 'application/zip' }
}
