import { describe, expect, it } from 'vitest'
import type { Annotation } from '@shared/annotation'
import { translator } from '@shared/i18n/format'
import { describeChange } from './describeChange'

const NAMES: Record<string, string> = { e: 'Economic pressure', h: 'Hybrid tactics', c: 'CIS' }
const themeName = (id: string): string | undefined => NAMES[id]

function passage(id: string, tagIds: string[], note = ''): Annotation {
  return { id, documentId: 'd', start: 0, end: 5, exact: 'words', prefix: '', suffix: '', tagIds, note, createdAt: 0, updatedAt: 0 }
}

describe('describeChange', () => {
  it('says what tagging did, whichever way it came', () => {
    expect(describeChange('Tag passage', { annotations: [{ before: null, after: passage('a', ['c']) }] }, themeName)).toBe('Tagged as CIS')
    expect(describeChange('Tag passage', { annotations: [{ before: passage('a', ['e']), after: passage('a', ['e', 'c']) }] }, themeName)).toBe('Tagged as CIS')
    expect(describeChange('Add theme', { annotations: [{ before: null, after: passage('a', ['e', 'h']) }] }, themeName)).toBe('Tagged as Economic pressure, Hybrid tactics')
  })

  it('says what removing, noting and deleting did', () => {
    expect(describeChange('Remove theme', { annotations: [{ before: passage('a', ['e', 'c']), after: passage('a', ['e']) }] }, themeName)).toBe('CIS removed')
    expect(describeChange('Edit note', { annotations: [{ before: passage('a', ['e']), after: passage('a', ['e'], 'see 2023') }] }, themeName)).toBe('Note saved')
    expect(describeChange('Edit note', { annotations: [{ before: passage('a', ['e'], 'x'), after: passage('a', ['e']) }] }, themeName)).toBe('Note removed')
    expect(describeChange('Tag passage', { annotations: [{ before: null, after: passage('a', [], 'a note') }] }, themeName)).toBe('Note added')
    expect(describeChange('Delete passage', { annotations: [{ before: passage('a', ['c']), after: null }] }, themeName)).toBe('Passage deleted')
  })

  it('counts passages when an action touches many', () => {
    const created = ['a', 'b', 'c'].map((id) => ({ before: null, after: passage(id, ['h']) }))
    expect(describeChange('Autocode “Baku” as Hybrid tactics', { annotations: created }, themeName)).toBe('3 passages tagged as Hybrid tactics')
    const retagged = ['a', 'b'].map((id) => ({ before: passage(id, ['c']), after: passage(id, ['c', 'e']) }))
    expect(describeChange('Add theme', { annotations: retagged }, themeName)).toBe('2 passages tagged as Economic pressure')
    const untagged = ['a', 'b'].map((id) => ({ before: passage(id, ['c', 'e']), after: passage(id, ['e']) }))
    expect(describeChange('Remove theme', { annotations: untagged }, themeName)).toBe('CIS removed from 2 passages')
    const deleted = ['a', 'b'].map((id) => ({ before: passage(id, ['c']), after: null }))
    expect(describeChange('Delete passages', { annotations: deleted }, themeName)).toBe('2 passages deleted')
  })

  it('falls back on the label for anything beyond passages, and for a theme it cannot name', () => {
    const tag = { id: 't', name: 'New', color: '#d97706', description: '', memo: '', parentId: null, order: 0, shortcut: null }
    expect(describeChange('Import codebook', { tags: [{ before: null, after: tag }] }, themeName)).toBe('Import codebook')
    expect(describeChange('Import annotations', { tags: [{ before: null, after: tag }], annotations: [{ before: null, after: passage('a', ['t']) }] }, themeName)).toBe(
      'Import annotations'
    )
    expect(describeChange('Tag passage', { annotations: [{ before: null, after: passage('a', ['gone']) }] }, themeName)).toBe('Tagged as a theme')
  })

  it('says it in the app’s language, with each language’s plural forms', () => {
    const ru = translator('ru')
    const az = translator('az')
    const created = (n: number) => Array.from({ length: n }, (_, i) => ({ before: null, after: passage(String(i), ['c']) }))
    expect(describeChange('x', { annotations: created(1) }, themeName, ru)).toBe('Помечено: CIS')
    expect(describeChange('x', { annotations: created(3) }, themeName, ru)).toBe('3 фрагмента помечены: CIS')
    expect(describeChange('x', { annotations: created(5) }, themeName, ru)).toBe('5 фрагментов помечено: CIS')
    expect(describeChange('x', { annotations: created(21) }, themeName, ru)).toBe('21 фрагмент помечен: CIS')
    const untagged = ['a', 'b'].map((id) => ({ before: passage(id, ['c', 'e']), after: passage(id, ['e']) }))
    expect(describeChange('x', { annotations: untagged }, themeName, ru)).toBe('Снято с 2 фрагментов: CIS')
    expect(describeChange('x', { annotations: [{ before: passage('a', ['c']), after: null }] }, themeName, az)).toBe('Fraqment silindi')
    expect(describeChange('x', { annotations: created(2) }, themeName, az)).toBe('2 fraqment etiketləndi: CIS')
  })
})
