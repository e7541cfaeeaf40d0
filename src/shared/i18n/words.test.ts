import { describe, expect, it } from 'vitest'
import { translator } from './format'
import { describeError, reason, say, WordedError, words } from './words'

const ru = translator('ru')
const az = translator('az')

describe('sentences kept as words', () => {
  it('words values that are words themselves, and lists of them, in the same language', () => {
    const selection = words('selection.atCoded', { start: '1200', end: '1310', codes: [words('common.quoted', { name: 'A' }), words('common.quoted', { name: 'B' })] })
    const sentence = words('unplaced.selection', { selection, why: words('selection.empty') })
    expect(say(sentence)).toBe('the selection at 1200–1310 coded “A”, “B” could not be placed: it is empty')
    expect(say(sentence, ru)).toBe('выделение 1200–1310 (коды: «A», «B»): разместить не удалось — оно пустое')
    expect(say(sentence, az)).toBe('“A”, “B” ilə kodlanmış 1200–1310 seçimi yerləşdirilə bilmədi: boşdur')
  })

  it('counts in each language’s plural forms', () => {
    const skipped = (count: number) => words('unplaced.notText', { kind: 'video', count })
    expect(say(skipped(0))).toBe('skipped: a video, and Themata imports text only')
    expect(say(skipped(1))).toBe('skipped: a video, and Themata imports text only; its 1 selection was not imported')
    expect([1, 3, 5].map((n) => say(skipped(n), ru))).toEqual([
      'пропущен: это видео, а Themata импортирует только текст; его 1 выделение не импортировано',
      'пропущен: это видео, а Themata импортирует только текст; его 3 выделения не импортированы',
      'пропущен: это видео, а Themata импортирует только текст; его 5 выделений не импортированы'
    ])
  })

  it('keeps a reason’s English beside its words', () => {
    const why = reason('annotationReason.otherArticle', { source: 'urn:sha256:00' })
    expect(why.reason).toBe('it belongs to another article (urn:sha256:00)')
    expect(say(why.words, ru)).toBe('она относится к другой статье (urn:sha256:00)')
  })

  it('describes a worded error in the language asked, any other error by its message', () => {
    const error = new WordedError(words('annotationError.empty', { name: 'a.json' }))
    expect(error.message).toBe('“a.json” is empty.')
    expect(describeError(error, ru)).toBe('«a.json» пуст.')
    expect(describeError(new Error('disk on fire'), ru)).toBe('disk on fire')
    expect(describeError('plain', ru)).toBe('plain')
  })
})
