import { describe, expect, it } from 'vitest'
import { importSummary } from './summary'

describe('the import summary', () => {
  it('says what was added and what was already there', () => {
    expect(importSummary('a.qdc', { added: 12, alreadyThere: 3, repeated: 0 })).toBe('Added 12 themes from “a.qdc” (3 were already in the codebook).')
    expect(importSummary('a.qdc', { added: 1, alreadyThere: 1, repeated: 0 })).toBe('Added 1 theme from “a.qdc” (1 was already in the codebook).')
    expect(importSummary('a.csv', { added: 3, alreadyThere: 0, repeated: 0 })).toBe('Added 3 themes from “a.csv”.')
    expect(importSummary('a.csv', { added: 3, alreadyThere: 2, repeated: 1 })).toBe('Added 3 themes from “a.csv” (2 were already in the codebook; 1 repeated name was merged).')
  })

  it('says so when nothing was new', () => {
    expect(importSummary('a.qdc', { added: 0, alreadyThere: 3, repeated: 0 })).toBe('Nothing was added from “a.qdc”: all 3 of its themes were already in the codebook.')
    expect(importSummary('a.qdc', { added: 0, alreadyThere: 1, repeated: 0 })).toBe('Nothing was added from “a.qdc”: its one theme was already in the codebook.')
  })
})
