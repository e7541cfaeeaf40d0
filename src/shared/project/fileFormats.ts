/** The project files Themata reads and writes; kept apart from the readers so the UI and main can list them cheaply. */
import type { MessageKey } from '../i18n/format'

/** What "Import project…" and "Restore backup…" open. */
export const PROJECT_OPEN_EXTENSIONS = ['.qdpx', '.qde', '.themata'] as const

export type ProjectOpenPurpose = 'import' | 'restore'

/** What each of the two asks for: the Open dialog's title and its filter's name are catalogue messages. */
export const PROJECT_OPEN_FILES: Record<ProjectOpenPurpose, { title: MessageKey; label: MessageKey; extensions: readonly string[] }> = {
  import: { title: 'dialog.importProject', label: 'dialog.refiProjects', extensions: ['.qdpx', '.qde'] },
  restore: { title: 'dialog.restoreBackup', label: 'dialog.backups', extensions: ['.themata'] }
}

export type ProjectFileFormat = 'qdpx' | 'themata'

/** Each format's extension, its Save dialog filter's name (a catalogue message) and its MIME type. */
export const PROJECT_FILE_FORMATS: Record<ProjectFileFormat, { extension: string; label: MessageKey; mimeType: string }> = {
  qdpx: { extension: '.qdpx', label: 'dialog.refiProject', mimeType: 'application/zip' },
  themata: { extension: '.themata', label: 'dialog.backup', mimeType: 'application/zip' }
}
