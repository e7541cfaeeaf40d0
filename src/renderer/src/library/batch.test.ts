import { describe, expect, it } from 'vitest'
import type { ImportedDocument } from '@shared/document'
import type { ImportOutcome } from '@shared/ipc/contract'
import type { ImportItem } from '../host/host'
import { runBatch, type BatchSteps } from './batch'

const doc = (fileName: string): ImportedDocument => ({
  title: fileName,
  metadata: {},
  blocks: [{ type: 'paragraph', text: 'x' }],
  text: 'x',
  fileName,
  format: 'txt',
  contentHash: '0'.repeat(64),
  byteLength: 1
})

const item = (fileName: string, outcome: ImportOutcome | Error = { status: 'imported', document: doc(fileName) }): ImportItem => ({
  fileName,
  run: async () => {
    if (outcome instanceof Error) throw outcome
    return outcome
  }
})

function steps(overrides: Partial<BatchSteps<string>> = {}): BatchSteps<string> & { log: string[] } {
  const log: string[] = []
  return {
    log,
    save: async (d) => `saved ${d.fileName}`,
    starting: (i, n) => log.push(`start ${n} ${i.fileName}`),
    done: (saved, n) => log.push(`done ${n} ${saved ?? 'nothing'}`),
    stopRequested: () => false,
    ...overrides
  }
}

describe('runBatch', () => {
  it('imports and stores every file in order, listing those that fail with their sentence', async () => {
    const s = steps()
    const result = await runBatch(
      [item('a.txt'), item('locked.odt', { status: 'failed', message: '“locked.odt” is password-protected; remove the password and open it again.' }), item('c.md')],
      s
    )
    expect(result).toEqual({
      saved: ['saved a.txt', 'saved c.md'],
      failures: [{ fileName: 'locked.odt', message: '“locked.odt” is password-protected; remove the password and open it again.' }],
      cancelled: false
    })
    expect(s.log).toEqual(['start 0 a.txt', 'done 0 saved a.txt', 'start 1 locked.odt', 'done 1 nothing', 'start 2 c.md', 'done 2 saved c.md'])
  })

  it('stops after the current file when asked, keeping what was stored', async () => {
    let stop = false
    const s = steps({
      save: async (d) => {
        if (d.fileName === 'b.txt') stop = true
        return `saved ${d.fileName}`
      },
      stopRequested: () => stop
    })
    const result = await runBatch([item('a.txt'), item('b.txt'), item('c.txt'), item('d.txt')], s)
    expect(result).toEqual({ saved: ['saved a.txt', 'saved b.txt'], failures: [], cancelled: true })
  })

  it('turns a host that throws, or storage that refuses, into one sentence for that file and goes on', async () => {
    const s = steps({
      save: async (d) => {
        if (d.fileName === 'full.txt') throw new Error('QuotaExceededError')
        return `saved ${d.fileName}`
      }
    })
    const result = await runBatch([item('gone.txt', new Error('the connection to main was lost')), item('full.txt'), item('ok.txt')], s)
    expect(result.saved).toEqual(['saved ok.txt'])
    expect(result.failures).toEqual([
      { fileName: 'gone.txt', message: 'Could not open “gone.txt”: the connection to main was lost' },
      { fileName: 'full.txt', message: 'Could not store “full.txt”: QuotaExceededError' }
    ])
  })
})
