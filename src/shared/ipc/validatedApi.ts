/**
 * `window.themata` built from the IPC contract over any transport: the preload passes Electron's
 * ipcRenderer, the e2e bridge the real main-process handlers. Both therefore validate exactly alike:
 * every request before it is sent, every response and every event payload on the way back.
 */
import type { z } from 'zod'
import {
  ARTICLE_OPENED_CHANNEL,
  articleOpenedSchema,
  describeInvalid,
  importProgressSchema,
  invokeContract,
  invokeNames,
  MENU_CHANNEL,
  menuCommandSchema,
  PROGRESS_CHANNEL,
  PROJECT_OPENED_CHANNEL,
  projectFileOpenedSchema,
  type ThemataApi
} from './contract'

/** How the API reaches main. */
export interface IpcTransport {
  /** Sends a request on a contract channel; resolves with main's answer. */
  invoke(channel: string, request: unknown): Promise<unknown>
  /** Listens on an event channel from main; returns the unsubscribe. */
  on(channel: string, listener: (payload: unknown) => void): () => void
}

/** Passes on only the event payloads its schema accepts: main is trusted, but not blindly. */
function subscribe<T>(transport: IpcTransport, channel: string, schema: z.ZodType<T>) {
  return (listener: (payload: T) => void): (() => void) =>
    transport.on(channel, (payload) => {
      const parsed = schema.safeParse(payload)
      if (parsed.success) listener(parsed.data)
    })
}

export function validatedApi(transport: IpcTransport): ThemataApi {
  const api: Record<string, unknown> = {}
  for (const name of invokeNames) {
    const spec = invokeContract[name]
    api[name] = async (request?: unknown) => {
      const parsed = spec.request.safeParse(request)
      if (!parsed.success) throw new Error(describeInvalid(name, parsed.error))
      const response = spec.response.safeParse(await transport.invoke(spec.channel, parsed.data))
      if (!response.success) throw new Error(describeInvalid(name, response.error, 'response'))
      return response.data
    }
  }
  api['onMenuCommand'] = subscribe(transport, MENU_CHANNEL, menuCommandSchema)
  api['onImportProgress'] = subscribe(transport, PROGRESS_CHANNEL, importProgressSchema)
  api['onArticleOpened'] = subscribe(transport, ARTICLE_OPENED_CHANNEL, articleOpenedSchema)
  api['onProjectFileOpened'] = subscribe(transport, PROJECT_OPENED_CHANNEL, projectFileOpenedSchema)
  return api as ThemataApi
}
