import type { ThemataApi } from '@shared/ipc/contract'
import { notifyError } from '../state/messages.svelte'
import { importItems, type Host } from './host'
import { oversizeOutcome } from './oversize'

export function desktopHost(api: ThemataApi): Host {
  return {
    kind: 'desktop',
    async chooseArticles() {
      const chosen = await api.chooseArticles()
      if (chosen.status === 'failed') notifyError(chosen.message)
      if (chosen.status !== 'chosen') return []
      // Main imports each file from the path it kept; the renderer only says which, by id.
      return chosen.files.map(({ id, fileName }) => ({ fileName, run: () => api.importChosen({ id }) }))
    },
    importFiles: (files) =>
      importItems(
        {
          async importFile(file) {
            // Refused here so a huge drop never crosses IPC at all; main gets the bytes, never a path.
            const oversize = oversizeOutcome(file)
            if (oversize) return oversize
            return api.importArticle({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })
          }
        },
        files
      ),
    saveReport: (suggestedName, extension, content) => api.saveReport({ suggestedName, extension, content }),
    printReport: (suggestedName, title, html) => api.printReport({ suggestedName, title, html }),
    openCodebook: () => api.openCodebook(),
    saveCodebook: (suggestedName, format, text) => api.saveCodebook({ suggestedName, format, text }),
    saveAnnotations: (suggestedName, json) => api.saveAnnotations({ suggestedName, json }),
    openAnnotations: () => api.openAnnotations(),
    openProjectFile: (purpose) => api.openProjectFile({ purpose }),
    saveProjectFile: (suggestedName, format, bytes) => api.saveProjectFile({ suggestedName, format, bytes }),
    saveAutoBackup: (fileName, bytes) => api.saveAutoBackup({ fileName, bytes }),
    listAutoBackups: () => api.listAutoBackups(),
    readAutoBackup: (fileName) => api.readAutoBackup({ fileName }),
    async setLanguage(locale) {
      await api.setLanguage({ locale })
    },
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    onImportProgress: (listener) => api.onImportProgress(listener),
    onArticleOpened: (listener) => api.onArticleOpened(listener),
    onProjectFileOpened: (listener) => api.onProjectFileOpened(listener)
  }
}
