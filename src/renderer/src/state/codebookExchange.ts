/**
 * Importing and exporting the codebook (REFI-QDA .qdc and CSV), and new projects that start from a
 * codebook file. An import is one undoable action: the themes it adds are one change set.
 */
import type { Tag } from '@shared/annotation'
import type { CodebookFormat } from '@shared/codebookExchange/formats'
import type { ProjectRecord } from '../db/projectsDb'
import type { Host } from '../host/host'
import { codebook } from './codebook.svelte'
import { history } from './history.svelte'
import { notify, notifyError } from './messages.svelte'
import { newProject, projects } from './projects.svelte'
import { t } from '../i18n/i18n.svelte'
import { describeError } from '@shared/i18n/words'

// The parsers (XML, zip, CSV) load on first use, so opening the app does not pay for them.
const exchange = () => import('@shared/codebookExchange')

export interface CodebookFile {
  fileName: string
  bytes: Uint8Array
}

/** The file's themes as new records merged into `existing`, or null after telling the user why not. */
async function themesFrom(file: CodebookFile, existing: readonly Tag[]) {
  const { CodebookFileError, mergeCodebook, readCodebookFile } = await exchange()
  try {
    const tree = readCodebookFile(file.bytes, file.fileName)
    if (tree.length === 0) {
      notifyError(t('codebookExchange.noThemes', { fileName: file.fileName }))
      return null
    }
    return mergeCodebook(existing, tree, () => crypto.randomUUID())
  } catch (error) {
    notifyError(error instanceof CodebookFileError ? describeError(error, t) : t('codebookExchange.failed', { fileName: file.fileName, reason: describeError(error, t) }))
    return null
  }
}

async function chooseCodebookFile(host: Host): Promise<CodebookFile | null> {
  const picked = await host.openCodebook()
  if (picked.status === 'failed') notifyError(picked.message)
  return picked.status === 'opened' ? picked : null
}

/** Merges a codebook file's themes into the project's by name path, as one undoable step, and says what it added. */
export async function importCodebookFile(file: CodebookFile): Promise<void> {
  const merged = await themesFrom(file, codebook.tags)
  if (!merged) return
  const { importSummary } = await exchange()
  history.commit(t('undo.importCodebook'), { tags: merged.tags.map((after) => ({ before: null, after })) })
  notify(importSummary(file.fileName, merged.report, t))
}

/** Asks for a codebook file (Open dialog or file input) and imports it. */
export async function importCodebook(host: Host): Promise<void> {
  const file = await chooseCodebookFile(host)
  if (file) await importCodebookFile(file)
}

/** Saves the project's codebook as a .qdc or .csv file (a Save dialog, or a download in browser mode). */
export async function exportCodebook(host: Host, format: CodebookFormat): Promise<void> {
  if (codebook.tags.length === 0) {
    notify(t('codebookExchange.empty'))
    return
  }
  const { codebookFileName, writeCodebookFile } = await exchange()
  const text = writeCodebookFile(format, codebook.tags)
  const outcome = await host.saveCodebook(codebookFileName(projects.current?.name ?? 'themata', format), format, text)
  if (outcome.status === 'saved') notify(t(host.kind === 'desktop' ? 'codebookExchange.saved' : 'codebookExchange.downloaded', { path: outcome.path }))
  else if (outcome.status === 'failed') notifyError(outcome.message)
}

/** Creates and opens a project whose codebook is the one in `file` instead of the default one. */
export async function createProjectFromCodebookFile(name: string, file: CodebookFile): Promise<ProjectRecord | null> {
  const merged = await themesFrom(file, [])
  if (!merged) return null
  const project = await newProject(name, merged.tags)
  if (project) notify(t('codebookExchange.projectStarts', { project: project.name, count: merged.tags.length, fileName: file.fileName }))
  return project
}

/** Asks for a codebook file (.qdc, .qdpx, .csv) and creates a project that starts from it. */
export async function createProjectFromCodebook(host: Host, name: string): Promise<ProjectRecord | null> {
  const file = await chooseCodebookFile(host)
  return file ? createProjectFromCodebookFile(name, file) : null
}
