import { describe, expect, it } from 'vitest'
import { ImportError, isImportError, tooLargeError, unsupportedError } from './errors'

describe('ImportError', () => {
  it('says in one sentence what is wrong with the named file', () => {
    expect(new ImportError('empty', 'notes.txt').message).toBe('“notes.txt” is empty — there is nothing to read.')
    expect(new ImportError('binary', 'x.txt').message).toBe('“x.txt” looks like binary data, not text.')
    expect(tooLargeError('big.txt', Math.round(63.2 * 1024 * 1024), 50 * 1024 * 1024).message).toBe(
      '“big.txt” is 63.2 MB; Themata opens files up to 50 MB.'
    )
    expect(unsupportedError('x.xyz', ['.txt', '.md', '.html']).message).toBe(
      '“x.xyz” is not a format Themata can open (.txt, .md, .html).'
    )
  })

  it('never shows a file just over the limit as the limit itself', () => {
    expect(tooLargeError('a.txt', 50 * 1024 * 1024 + 1, 50 * 1024 * 1024).message).toContain('is 50.1 MB;')
  })

  it('has a sentence naming the file for every code', () => {
    const codes = ['empty', 'binary', 'too-large', 'unsupported', 'unreadable', 'corrupt', 'encrypted', 'no-text-layer'] as const
    for (const code of codes) {
      const error = new ImportError(code, 'report.pdf')
      expect(error.message).toContain('“report.pdf”')
      expect(error.message).toMatch(/\.$/)
      expect(error).toMatchObject({ name: 'ImportError', code, fileName: 'report.pdf' })
    }
  })

  it('is told apart from other errors', () => {
    expect(isImportError(new ImportError('empty', 'a.txt'))).toBe(true)
    expect(isImportError(new Error('boom'))).toBe(false)
    expect(isImportError({ code: 'empty', fileName: 'a.txt' })).toBe(false)
  })
})
