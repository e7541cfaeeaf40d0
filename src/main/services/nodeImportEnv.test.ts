import { describe, expect, it } from 'vitest'
import type { ImportEnv } from '@shared/import'
import { nodeImportEnv } from './nodeImportEnv'

describe('nodeImportEnv', () => {
  it('creates one window and reuses it', () => {
    expect(nodeImportEnv()).toBe(nodeImportEnv())
    expect(typeof nodeImportEnv().window?.DOMParser).toBe('function')
  })

  it('gives a window whose parsed documents run no scripts', () => {
    const window = nodeImportEnv().window as ImportEnv['window'] & object
    new window.DOMParser().parseFromString('<script>window.parent.__ran = true; globalThis.__ran = true</script>', 'text/html')
    expect((window as unknown as { __ran?: boolean }).__ran).toBeUndefined()
    expect(globalThis).not.toHaveProperty('__ran')
  })

  it('loads the Node build of PDF.js', async () => {
    const pdfjs = await nodeImportEnv().loadPdfjs?.()
    expect(typeof pdfjs?.getDocument).toBe('function')
  })
})
