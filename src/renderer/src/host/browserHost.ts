/** Browser mode: no main process, so the file input opens, the renderer imports, a download saves. */
import { isImportError } from '@shared/import/errors'
import { SUPPORTED_EXTENSIONS } from '@shared/import/formats'
import type { ImportOutcome } from '@shared/ipc/contract'
import type { Host } from './host'
import { oversizeOutcome } from './oversize'

function chooseFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = SUPPORTED_EXTENSIONS.join(',')
    input.hidden = true
    input.dataset['role'] = 'open-article'
    const done = (file: File | null): void => {
      input.remove()
      resolve(file)
    }
    input.addEventListener('change', () => done(input.files?.[0] ?? null), { once: true })
    input.addEventListener('cancel', () => done(null), { once: true })
    document.body.append(input)
    input.click()
  })
}

async function importInBrowser(file: File): Promise<ImportOutcome> {
  const oversize = oversizeOutcome(file)
  if (oversize) return oversize
  // Parsers load on first use, so opening the app does not pay for them.
  const { importDocument } = await import('@shared/import')
  try {
    const document = await importDocument(new Uint8Array(await file.arrayBuffer()), file.name, { window })
    return { status: 'imported', document }
  } catch (error) {
    if (isImportError(error)) return { status: 'failed', message: error.message }
    return { status: 'failed', message: `Could not open “${file.name}”: ${error instanceof Error ? error.message : String(error)}` }
  }
}

export function browserHost(): Host {
  return {
    kind: 'browser',
    async openArticle() {
      const file = await chooseFile()
      return file ? importInBrowser(file) : { status: 'cancelled' }
    },
    importFile: importInBrowser,
    async saveReport(suggestedName, html) {
      const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }))
      const link = document.createElement('a')
      link.href = url
      link.download = suggestedName
      document.body.append(link)
      link.click()
      link.remove()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
      return { status: 'saved', path: suggestedName }
    },
    onMenuCommand: () => () => undefined
  }
}
