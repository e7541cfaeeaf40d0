import { describe, expect, it } from 'vitest'
import { translator } from '../i18n/format'
import { articleTooLongError, ImportError, isImportError, tooLargeError, unsupportedError } from './errors'
import { failureMessage } from './outcome'
import { describeError, WordedError, words } from '../i18n/words'

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

  it('is told in the language of whoever tells the user, numbers written its way', () => {
    const ru = translator('ru')
    const az = translator('az')
    expect(describeError(new ImportError('encrypted', 'отчёт.docx'), ru)).toBe('«отчёт.docx» защищён паролем; снимите пароль и откройте файл снова.')
    expect(describeError(tooLargeError('big.txt', Math.round(63.2 * 1024 * 1024), 50 * 1024 * 1024), ru)).toBe(
      '«big.txt» занимает 63,2 МБ; Themata открывает файлы размером до 50 МБ.'
    )
    expect(describeError(articleTooLongError('long.txt', 10, 200_000, { characters: 5_000_000, paragraphs: 100_000 }), az)).toBe(
      '“long.txt” 200.000 abzasdan ibarətdir; Themata 100.000 abzasa qədər məqalələri açır.'
    )
    expect(failureMessage('a.txt', new Error('EIO'), ru)).toBe('Не удалось открыть «a.txt»: EIO')
    // Any other worded reason is said in the reader's language too.
    expect(failureMessage('a.txt', new WordedError(words('selection.onlySpaces')), ru)).toBe('Не удалось открыть «a.txt»: в нём только пробелы и переводы строк')
    // The English stays the error's own message, for the CLI and the logs.
    expect(failureMessage('a.txt', new ImportError('empty', 'a.txt'))).toBe('“a.txt” is empty — there is nothing to read.')
  })
})
