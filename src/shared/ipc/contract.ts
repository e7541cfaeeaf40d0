/**
 * The one IPC contract between renderer and main: channel names, payload schemas and the
 * API the preload exposes as `window.themata`. Main validates every request against it,
 * the preload validates every request before sending and every response on the way back
 * (`validatedApi.ts`, shared with the e2e bridge).
 */
import { z } from 'zod'
import { LOCALES } from '../i18n/locales'

export const MAX_FILE_BYTES = 50 * 1024 * 1024
/** A report of the largest article with every passage stays far below this. */
export const MAX_REPORT_CHARS = 200 * 1024 * 1024
/** The same bound for binary exports (Word, Excel). */
export const MAX_REPORT_BYTES = 200 * 1024 * 1024

const blockSchema = z.object({
  type: z.enum(['heading', 'paragraph', 'listItem', 'quote', 'tableRow']),
  level: z.number().int().min(1).max(6).optional(),
  text: z.string()
})

export const importedDocumentSchema = z.object({
  title: z.string(),
  metadata: z.object({
    author: z.string().optional(),
    date: z.string().optional(),
    source: z.string().optional(),
    language: z.string().optional()
  }),
  blocks: z.array(blockSchema),
  text: z.string(),
  fileName: z.string(),
  format: z.enum(['txt', 'md', 'html', 'docx', 'odt', 'pdf']),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  byteLength: z.number().int().nonnegative()
})

export const importOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('imported'), document: importedDocumentSchema }),
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('failed'), message: z.string() })
])
export type ImportOutcome = z.infer<typeof importOutcomeSchema>

export const saveOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), path: z.string() }),
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('failed'), message: z.string() })
])
export type SaveOutcome = z.infer<typeof saveOutcomeSchema>

const fileNameSchema = z.string().min(1).max(1024)

/** Most files one Open dialog may hand over at once. */
export const MAX_BATCH_FILES = 2000

/**
 * The files the user chose in the Open dialog. Main keeps their paths and hands out an id for
 * each, so the renderer imports them one at a time (showing n of m, able to stop) and never
 * names a path itself.
 */
export const chosenFilesSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('chosen'), files: z.array(z.object({ id: z.uuid(), fileName: fileNameSchema })).min(1).max(MAX_BATCH_FILES) }),
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('failed'), message: z.string() })
])
export type ChosenFiles = z.infer<typeof chosenFilesSchema>

/** The kinds of file an export writes (src/shared/export/formats.ts). */
export const REPORT_EXTENSIONS = ['html', 'pdf', 'docx', 'md', 'csv', 'xlsx'] as const
const reportExtensionSchema = z.enum(REPORT_EXTENSIONS)
export type ReportExtension = z.infer<typeof reportExtensionSchema>
/** A codebook file is far smaller; this bounds what the renderer may ask main to write. */
export const MAX_CODEBOOK_CHARS = 20 * 1024 * 1024

/** A codebook file the user chose, as bytes: the renderer reads every format itself, as in browser mode. */
export const codebookFileOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('opened'), fileName: fileNameSchema, bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_FILE_BYTES, 'file too large') }),
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('failed'), message: z.string() })
])
export type CodebookFileOutcome = z.infer<typeof codebookFileOutcomeSchema>
/** An annotation file the user chose, read as text (W3C Web Annotations, JSON or one per line). */
export const annotationFileOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('opened'), fileName: z.string(), text: z.string().max(MAX_FILE_BYTES) }),
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('failed'), message: z.string() })
])
export type AnnotationFileOutcome = z.infer<typeof annotationFileOutcomeSchema>

/** A project file (.qdpx, .qde, .themata) can be far larger than an article: a backup of every project. */
export const MAX_PROJECT_FILE_BYTES = 512 * 1024 * 1024

const projectBytesSchema = z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_PROJECT_FILE_BYTES, 'file too large')

/** A project file the user chose, as bytes: the renderer reads it, as in browser mode. */
export const projectFileOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('opened'), fileName: fileNameSchema, bytes: projectBytesSchema }),
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('failed'), message: z.string() })
])
export type ProjectFileOutcome = z.infer<typeof projectFileOutcomeSchema>

/** An automatic backup's file: a plain name in the backups folder, never a path. */
const autoBackupNameSchema = z.string().regex(/^[\p{L}\p{M}\p{N}_.-]{1,200}\.themata$/u, 'not a backup file name')

export const autoBackupSavedSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), path: z.string() }),
  z.object({ status: z.literal('failed'), message: z.string() })
])

export const autoBackupListSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('listed'), backups: z.array(z.object({ fileName: autoBackupNameSchema, createdAt: z.number(), byteLength: z.number().int().nonnegative() })) }),
  z.object({ status: z.literal('failed'), message: z.string() })
])
export type AutoBackupList = z.infer<typeof autoBackupListSchema>

export const autoBackupReadSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('opened'), fileName: autoBackupNameSchema, bytes: projectBytesSchema }),
  z.object({ status: z.literal('failed'), message: z.string() })
])

/** Main took the app's language (for the native menu and its dialogs). */
export const languageSetSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('set') }),
  z.object({ status: z.literal('failed'), message: z.string() })
])

export const invokeContract = {
  chooseArticles: {
    channel: 'articles:choose',
    request: z.undefined(),
    response: chosenFilesSchema
  },
  importChosen: {
    channel: 'articles:import-chosen',
    request: z.object({ id: z.uuid() }),
    response: importOutcomeSchema
  },
  importArticle: {
    channel: 'article:import',
    request: z.object({
      fileName: fileNameSchema,
      bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_FILE_BYTES + 1, 'file too large to send')
    }),
    response: importOutcomeSchema
  },
  saveReport: {
    channel: 'report:save',
    request: z.object({
      suggestedName: fileNameSchema,
      /** Which kind of file, for the Save dialog's filter; the name gets this extension if it lacks it. */
      extension: reportExtensionSchema,
      content: z.union([z.string().max(MAX_REPORT_CHARS), z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_REPORT_BYTES, 'report too large to send')])
    }),
    response: saveOutcomeSchema
  },
  printReport: {
    channel: 'report:print',
    /** Main prints the HTML report to PDF in a hidden sandboxed window and saves it where the user says. */
    request: z.object({ suggestedName: fileNameSchema, title: z.string().max(1000), html: z.string().max(MAX_REPORT_CHARS) }),
    response: saveOutcomeSchema
  },
  openCodebook: {
    channel: 'codebook:open',
    request: z.undefined(),
    response: codebookFileOutcomeSchema
  },
  saveCodebook: {
    channel: 'codebook:save',
    request: z.object({ suggestedName: fileNameSchema, format: z.enum(['qdc', 'csv']), text: z.string().max(MAX_CODEBOOK_CHARS) }),
    response: saveOutcomeSchema
  },
  openProjectFile: {
    channel: 'project:open',
    /** Importing another tool's project (.qdpx, .qde) or restoring a backup (.themata): the dialog offers those. */
    request: z.object({ purpose: z.enum(['import', 'restore']) }),
    response: projectFileOutcomeSchema
  },
  saveProjectFile: {
    channel: 'project:save',
    request: z.object({ suggestedName: fileNameSchema, format: z.enum(['qdpx', 'themata']), bytes: projectBytesSchema }),
    response: saveOutcomeSchema
  },
  /** Keeps a backup in the backups folder of the user data (the last few; older ones are removed). */
  saveAutoBackup: {
    channel: 'backup:auto:save',
    request: z.object({ fileName: autoBackupNameSchema, bytes: projectBytesSchema }),
    response: autoBackupSavedSchema
  },
  listAutoBackups: {
    channel: 'backup:auto:list',
    request: z.undefined(),
    response: autoBackupListSchema
  },
  readAutoBackup: {
    channel: 'backup:auto:read',
    request: z.object({ fileName: autoBackupNameSchema }),
    response: autoBackupReadSchema
  },
  saveAnnotations: {
    channel: 'annotations:save',
    request: z.object({ suggestedName: fileNameSchema, json: z.string().max(MAX_REPORT_CHARS) }),
    response: saveOutcomeSchema
  },
  openAnnotations: {
    channel: 'annotations:open',
    request: z.undefined(),
    response: annotationFileOutcomeSchema
  },
  /** The language the renderer speaks, at start and whenever the user changes it: main's menu and dialogs follow. */
  setLanguage: {
    channel: 'language:set',
    request: z.object({ locale: z.enum(LOCALES) }),
    response: languageSetSchema
  }
} as const

export type InvokeContract = typeof invokeContract
export type InvokeName = keyof InvokeContract
export type RequestOf<N extends InvokeName> = z.input<InvokeContract[N]['request']>
export type ResponseOf<N extends InvokeName> = z.output<InvokeContract[N]['response']>
export const invokeNames = Object.keys(invokeContract) as InvokeName[]

/** How far an import has got, sent while a long one (a PDF of many pages) runs; the renderer words it ("Reading page 12 of 271"). */
export const importProgressSchema = z.object({
  fileName: z.string(),
  /** 0–1. */
  fraction: z.number().min(0).max(1),
  /** The page being read, of how many. */
  page: z.number().int().positive(),
  pages: z.number().int().positive()
})
export type ImportProgress = z.infer<typeof importProgressSchema>
export const PROGRESS_CHANNEL = 'import:progress'

export const MENU_CHANNEL = 'menu:command'
/** Each has its label, menu and keys in `src/shared/commands.ts`. */
export const menuCommandSchema = z.enum([
  'open',
  'export',
  'undo',
  'redo',
  'toggle-theme',
  'projects',
  'export-project',
  'import-project',
  'back-up-project',
  'back-up-all',
  'restore-backup',
  'export-annotations',
  'export-project-annotations',
  'import-annotations',
  'find',
  'view-article',
  'view-all-passages',
  'view-search',
  'view-analysis',
  'toggle-stripes',
  'zoom-in',
  'zoom-out',
  'zoom-reset',
  'new-theme',
  'edit-theme',
  'merge-theme',
  'delete-theme',
  'import-codebook',
  'export-codebook-qdc',
  'export-codebook-csv',
  'shortcuts'
])
export type MenuCommand = z.infer<typeof menuCommandSchema>

/**
 * An article main opened itself: named on the command line, opened with Themata from the file
 * manager (a second start, macOS `open-file`) or from File → Open Recent. Main imports it from the
 * path; the renderer stores and opens the outcome like a file chosen in the Open dialog.
 */
export const articleOpenedSchema = z.object({ fileName: fileNameSchema, outcome: importOutcomeSchema })
export type ArticleOpened = z.infer<typeof articleOpenedSchema>
export const ARTICLE_OPENED_CHANNEL = 'article:opened-externally'

/** A project file opened the same ways, as its bytes: the renderer reads it, as it reads one chosen in its own dialog. */
export const projectFileOpenedSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('opened'), fileName: fileNameSchema, bytes: projectBytesSchema }),
  z.object({ status: z.literal('failed'), message: z.string() })
])
export type ProjectFileOpened = z.infer<typeof projectFileOpenedSchema>
export const PROJECT_OPENED_CHANNEL = 'project:opened-externally'

/** What the preload exposes on `window.themata`. */
export type ThemataApi = {
  [N in InvokeName]: RequestOf<N> extends undefined ? () => Promise<ResponseOf<N>> : (request: RequestOf<N>) => Promise<ResponseOf<N>>
} & {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  onImportProgress(listener: (progress: ImportProgress) => void): () => void
  onArticleOpened(listener: (opened: ArticleOpened) => void): () => void
  onProjectFileOpened(listener: (opened: ProjectFileOpened) => void): () => void
}

/** A clear sentence for a payload that failed its schema; never the schema dump. */
export function describeInvalid(name: string, error: z.ZodError, what: 'request' | 'response' = 'request'): string {
  const first = error.issues[0]
  const where = first && first.path.length > 0 ? ` (${first.path.join('.')})` : ''
  return `Themata refused a malformed ${name} ${what}${where}: ${first?.message ?? 'invalid data'}.`
}
