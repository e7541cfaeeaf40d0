import { describe, expect, it, vi } from 'vitest'
import { ARTICLE_OPENED_CHANNEL, MENU_CHANNEL, PROGRESS_CHANNEL, PROJECT_OPENED_CHANNEL } from './contract'
import { validatedApi, type IpcTransport } from './validatedApi'

function fakeTransport(answer: unknown): IpcTransport & { sent: [string, unknown][]; emit(channel: string, payload: unknown): void } {
  const listeners = new Map<string, (payload: unknown) => void>()
  const sent: [string, unknown][] = []
  return {
    sent,
    invoke: async (channel, request) => {
      sent.push([channel, request])
      return answer
    },
    on(channel, listener) {
      listeners.set(channel, listener)
      return () => listeners.delete(channel)
    },
    emit: (channel, payload) => listeners.get(channel)?.(payload)
  }
}

describe('validatedApi', () => {
  it('sends a valid request on its channel and hands back the parsed response', async () => {
    const transport = fakeTransport({ status: 'saved', path: '/tmp/r.html' })
    const api = validatedApi(transport)
    expect(await api.saveReport({ suggestedName: 'r.html', extension: 'html', content: '<p>x</p>' })).toEqual({ status: 'saved', path: '/tmp/r.html' })
    expect(transport.sent).toEqual([['report:save', { suggestedName: 'r.html', extension: 'html', content: '<p>x</p>' }]])
  })

  it('refuses a malformed request with a sentence and sends nothing', async () => {
    const transport = fakeTransport({ status: 'cancelled' })
    const api = validatedApi(transport) as unknown as Record<string, (request?: unknown) => Promise<unknown>>
    await expect(api['importArticle']?.({ fileName: 'a.txt', bytes: 'text' })).rejects.toThrow(
      new Error('Themata refused a malformed importArticle request (bytes): Invalid input.')
    )
    expect(transport.sent).toEqual([])
  })

  it('refuses a response that breaks the contract, naming the field', async () => {
    const api = validatedApi(fakeTransport({ status: 'imported', document: { title: 'No text' } }))
    await expect(api.importChosen({ id: crypto.randomUUID() })).rejects.toThrow(/^Themata refused a malformed importChosen response \(document\.metadata\): .+\.$/)
    await expect(validatedApi(fakeTransport({ status: 'done' })).chooseArticles()).rejects.toThrow(/^Themata refused a malformed chooseArticles response \(status\)/)
  })

  it('passes on only the events whose payload the contract allows', () => {
    const transport = fakeTransport(undefined)
    const api = validatedApi(transport)
    const commands = vi.fn()
    const progress = vi.fn()
    const stop = api.onMenuCommand(commands)
    api.onImportProgress(progress)
    transport.emit(MENU_CHANNEL, 'export')
    transport.emit(MENU_CHANNEL, 'format-disk')
    transport.emit(PROGRESS_CHANNEL, { fileName: 'a.pdf', fraction: 0.5, page: 1, pages: 2 })
    transport.emit(PROGRESS_CHANNEL, { fileName: 'a.pdf', fraction: 2, page: 3, pages: 2 })
    stop()
    transport.emit(MENU_CHANNEL, 'open')
    expect(commands.mock.calls).toEqual([['export']])
    expect(progress.mock.calls).toEqual([[{ fileName: 'a.pdf', fraction: 0.5, page: 1, pages: 2 }]])
  })

  it('passes on files main opened from outside only when their payload is whole', () => {
    const transport = fakeTransport(undefined)
    const api = validatedApi(transport)
    const articles = vi.fn()
    const projects = vi.fn()
    api.onArticleOpened(articles)
    api.onProjectFileOpened(projects)
    const failed = { fileName: 'gone.txt', outcome: { status: 'failed', message: '“gone.txt” could not be found.' } }
    transport.emit(ARTICLE_OPENED_CHANNEL, failed)
    transport.emit(ARTICLE_OPENED_CHANNEL, { fileName: 'a.txt', outcome: { status: 'imported', document: { title: 'No text' } } })
    transport.emit(ARTICLE_OPENED_CHANNEL, { fileName: '', outcome: { status: 'cancelled' } })
    transport.emit(PROJECT_OPENED_CHANNEL, { status: 'opened', fileName: 'study.qdpx', bytes: new Uint8Array([80, 75]) })
    transport.emit(PROJECT_OPENED_CHANNEL, { status: 'opened', fileName: 'study.qdpx', bytes: 'UEs=' })
    transport.emit(PROJECT_OPENED_CHANNEL, { status: 'opened', fileName: '/etc/passwd' })
    expect(articles.mock.calls).toEqual([[failed]])
    expect(projects.mock.calls).toEqual([[{ status: 'opened', fileName: 'study.qdpx', bytes: new Uint8Array([80, 75]) }]])
  })
})
