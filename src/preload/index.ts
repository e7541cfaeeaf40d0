/** Exposes exactly the IPC contract as `window.themata`; every request and response is validated here too. */
import { contextBridge, ipcRenderer } from 'electron'
import {
  describeInvalid,
  importProgressSchema,
  invokeContract,
  invokeNames,
  MENU_CHANNEL,
  menuCommandSchema,
  PROGRESS_CHANNEL,
  type ImportProgress,
  type MenuCommand,
  type ThemataApi
} from '@shared/ipc/contract'

const api: Record<string, unknown> = {}
for (const name of invokeNames) {
  const spec = invokeContract[name]
  api[name] = async (request?: unknown) => {
    const parsed = spec.request.safeParse(request)
    if (!parsed.success) throw new Error(describeInvalid(name, parsed.error))
    return spec.response.parse(await ipcRenderer.invoke(spec.channel, parsed.data))
  }
}
api['onMenuCommand'] = (listener: (command: MenuCommand) => void) => {
  const handler = (_event: Electron.IpcRendererEvent, command: unknown): void => {
    const parsed = menuCommandSchema.safeParse(command)
    if (parsed.success) listener(parsed.data)
  }
  ipcRenderer.on(MENU_CHANNEL, handler)
  return () => ipcRenderer.removeListener(MENU_CHANNEL, handler)
}

api['onImportProgress'] = (listener: (progress: ImportProgress) => void) => {
  const handler = (_event: Electron.IpcRendererEvent, progress: unknown): void => {
    const parsed = importProgressSchema.safeParse(progress)
    if (parsed.success) listener(parsed.data)
  }
  ipcRenderer.on(PROGRESS_CHANNEL, handler)
  return () => ipcRenderer.removeListener(PROGRESS_CHANNEL, handler)
}

contextBridge.exposeInMainWorld('themata', api as ThemataApi)
