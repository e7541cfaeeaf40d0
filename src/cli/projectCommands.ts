/**
 * The project commands: `import-project <file>` prints what a project file brings in (the report
 * the app shows), and the project formats of `export --project <file>` (convert between REFI-QDA
 * .qdpx, its codebook .qdc, and a Themata backup .themata).
 */
import { ANALYST_NAME, APP_NAME } from '@shared/project/appName'
import { writeProjectFile, type ProjectExportFormat } from '@shared/project/projectFiles'
import { combinedReport } from '@shared/project/summary'
import { reportJson, reportText } from '@shared/qdpx/report'
import { CliError } from './cliError'
import type { ExportFormat } from './exportFormats'
import { readProjectInput } from './projectFile'

/** The report of everything the file holds: with --json exactly `{ articles, themes, passages, notes, unplaced }`. */
export async function importProjectCommand(path: string, json: boolean): Promise<string> {
  const report = combinedReport((await readProjectInput(path)).map((p) => p.report))
  return json ? `${JSON.stringify(reportJson(report), null, 2)}\n` : reportText(report)
}

function projectFormat(format: ProjectExportFormat, describe: string): ExportFormat {
  return {
    describe,
    async run(options) {
      if (!options.project) throw new CliError(`Say which project to export: --project <file.qdpx|file.qde|file.themata>.`)
      const projects = await readProjectInput(options.project)
      if (projects.length !== 1) throw new CliError(`The backup holds ${projects.length} projects and a ${format} file holds one; back up a single project to convert it.`)
      const [{ project, report }] = projects as [(typeof projects)[number]]
      const data = writeProjectFile(project, format, { app: APP_NAME, userName: ANALYST_NAME, now: Date.now() })
      const lost = report.unplaced.length > 0 ? `; ${report.unplaced.length} item${report.unplaced.length === 1 ? '' : 's'} of the source could not be placed (import-project lists them)` : ''
      return { data, lines: [`Wrote “${project.name}” (${report.articles.length} articles, ${report.themes} themes, ${report.passages} passages) to ${options.out}${lost}`] }
    }
  }
}

export const PROJECT_EXPORT_FORMATS: Record<ProjectExportFormat, ExportFormat> = {
  qdpx: projectFormat('qdpx', 'a REFI-QDA project (.qdpx: MAXQDA, NVivo, ATLAS.ti, QualCoder) of --project <file>'),
  qdc: projectFormat('qdc', 'the codebook of --project <file> as a REFI-QDA codebook (.qdc)'),
  themata: projectFormat('themata', 'a Themata backup (.themata) of --project <file>')
}
