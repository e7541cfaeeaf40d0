/** REFI-QDA project exchange in one import, so the app loads the zip and XML code only when it is used. */
export { exportQdpx, type QdpxOptions } from './exportQdpx'
export { importQdpx, type ImportedProject, type ProjectImportOptions } from './importQdpx'
export { ProjectFileError } from '../project/errors'
export { reportJson, reportSummary, reportText, type ProjectImportReport, type Unplaced } from './report'
