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
  type ThemataApi
} from '@shared/ipc/contract'
import type { z } from 'zod'

const api: Record<string, unknown> = {}
for (const name of invokeNames) {
  const spec = invokeContract[name]
  api[name] = async (request?: unknown) => {
    const parsed = spec.request.safeParse(request)
    if (!parsed.success) throw new Error(describeInvalid(name, parsed.error))
    return spec.response.parse(await ipcRenderer.invoke(spec.channel, parsed.data))
  }
}
/** Listens on an event channel from main, passing on only payloads its schema accepts. */
function subscribe<T>(channel: string, schema: z.ZodType<T>) {
  return (listener: (payload: T) => void) => {
    const handler = (_event: Electron.IpcRendererEvent, payload: unknown): void => {
      const parsed = schema.safeParse(payload)
      if (parsed.success) listener(parsed.data)
    }
    ipcRenderer.on(channel, handler)
    return () => ipcRenderer.removeListener(channel, handler)
  }
}

api['onMenuCommand'] = subscribe(MENU_CHANNEL, menuCommandSchema)
api['onImportProgress'] = subscribe(PROGRESS_CHANNEL, importProgressSchema)

contextBridge.exposeInMainWorld('themata', api as ThemataApi)
