import { JSDOM } from 'jsdom'
import type { ImportEnv } from '@shared/import'

let env: ImportEnv | undefined

/**
 * The DOM the main process parses HTML with. jsdom by default runs no scripts and fetches
 * no resources; the importer only ever uses its DOMParser, whose documents are inert anyway.
 */
export function nodeImportEnv(): ImportEnv {
  env ??= { window: new JSDOM('').window as unknown as ImportEnv['window'] }
  return env
}
