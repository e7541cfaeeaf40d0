import { describe, expect, it } from 'vitest'
import { SMOKE_SIZES } from './data'
import { ADD_TIMEOUT_MS, FIELDS, formatTable, percentile, summarize, type Metrics } from './report'

describe('benchmark summary', () => {
  it('keeps timed-out samples in the percentile at the timeout value', () => {
    const samples = [8, 9, 10, 11, 12, ADD_TIMEOUT_MS]
    expect(percentile(samples, 95)).toBeGreaterThan(1000)
    expect(percentile(samples.slice(0, 5), 95)).toBeLessThan(13)
  })

  it('totals timed-out samples over the runs, and takes each ratio within its run', () => {
    const runs: Partial<Metrics>[] = [
      { addTimeouts: 0, selectTimeouts: 1, open1MbMs: 60, plainDomMs: 200, plainDomSkipOffscreenMs: 40, paint10kMs: 50, open10kFromStorageMs: 250, peerPaint10kMs: 10_000 },
      { addTimeouts: 2, selectTimeouts: 0, open1MbMs: 90, plainDomMs: 180, plainDomSkipOffscreenMs: 60, paint10kMs: 40, open10kFromStorageMs: 200, peerPaint10kMs: 12_000 },
      { addTimeouts: 1, selectTimeouts: 0, open1MbMs: 70, plainDomMs: 350, plainDomSkipOffscreenMs: 70, paint10kMs: 100, open10kFromStorageMs: 400, peerPaint10kMs: 11_000 }
    ]
    const { median, p95 } = summarize(runs)
    expect([median.addTimeouts, p95.addTimeouts, median.selectTimeouts]).toEqual([3, 3, 1])
    expect(median.openVsPlainDom).toBe(0.3) // 0.3, 0.5, 0.2
    expect(median.openVsPlainDomSkipOffscreen).toBe(1.5) // 1.5, 1.5, 1
    expect(median.peerVsPaint).toBe(200) // 200, 300, 110
    expect(median.peerVsOpenFromStorage).toBe(40) // 40, 60, 27.5
  })

  it('prints every figure with what it measures, the peer beside both of our paint figures', () => {
    const runs: Partial<Metrics>[] = [Object.fromEntries(FIELDS.map((f) => [f.key, 1])) as Partial<Metrics>]
    const table = formatTable(summarize(runs), { chromium: '1', cores: 2, date: '2026-01-01', runs: 1, smoke: true, sizes: SMOKE_SIZES })
    for (const f of FIELDS) expect(table).toContain(`| ${f.key} `)
    expect(table).toContain('200 passages in memory → first screen of highlights painted (not all 200)')
    expect(table).toContain('library click → highlights painted, IndexedDB read included')
    expect(table).toContain('off-screen skipped')
    const peerRows = table.split('\n').filter((line) => /\| 1 ms \|$/.test(line.replace(/\s+\|$/, ' |').trim()))
    expect(peerRows.map((line) => line.split('|')[1]?.trim())).toEqual(['open10kFromStorageMs', 'paint10kMs'])
  })
})
