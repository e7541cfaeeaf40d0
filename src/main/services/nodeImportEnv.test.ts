import { JSDOM } from 'jsdom'
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

  it('gives a window that runs no script, even one added to its own document', () => {
    const window = nodeImportEnv().window as unknown as Window & { __ran?: boolean }
    const script = window.document.createElement('script')
    script.textContent = 'window.__ran = true'
    window.document.body.append(script)
    script.remove()
    expect(window.__ran).toBeUndefined()
  })

  it('the same probe sees scripts run in a window that allows them', () => {
    const window = new JSDOM('', { runScripts: 'dangerously' }).window as unknown as Window & { __ran?: boolean }
    const script = window.document.createElement('script')
    script.textContent = 'window.__ran = true'
    window.document.body.append(script)
    expect(window.__ran).toBe(true)
  })

  it('loads the Node build of PDF.js', async () => {
    const pdfjs = await nodeImportEnv().loadPdfjs?.()
    expect(typeof pdfjs?.getDocument).toBe('function')
  })
})
