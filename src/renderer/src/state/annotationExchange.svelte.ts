/**
 * W3C Web Annotations in and out of the open article: export its passages (or every article's) as
 * an AnnotationCollection, import another tool's annotations onto it as ONE undoable action (new
 * themes and passages together), and keep the last import's report for the dialog that shows it.
 */
import type { Host } from '../host/host'
import type { W3cImportReport } from '@shared/w3c/importW3c'
import { codebook } from './codebook.svelte'
import { db } from './database'
import { history } from './history.svelte'
import { notify, notifyError } from './messages.svelte'
import { projects } from './projects.svelte'
import { session } from './session.svelte'
import { t } from '../i18n/i18n.svelte'
import { describeError } from '@shared/i18n/words'

/** Who the exported annotations name as their creator, until the app knows the analyst's name. */
export const ANALYST = 'Themata user'

class Exchange {
  /** The report of the last import, shown until the reader closes it. */
  report = $state.raw<{ fileName: string; report: W3cImportReport } | null>(null)
  busy = $state(false)
}

export const exchange = new Exchange()

export async function exportAnnotations(host: Host): Promise<void> {
  const current = session.current
  if (!current) {
    notify(t('annotations.openFirstExport'))
    return
  }
  const [{ collectionJson }, { slugFileName }] = await Promise.all([import('@shared/w3c/exportW3c'), import('@shared/report/fileName'), current.passagesLoaded])
  const json = collectionJson({
    articles: [{ title: current.record.title, contentHash: current.record.contentHash, text: current.text, annotations: [...current.index.all()] }],
    tags: codebook.tags,
    creator: ANALYST,
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a timestamp written into the file, not state
    generatedAt: new Date()
  })
  const outcome = await host.saveAnnotations(slugFileName(current.record.title, '-annotations.jsonld'), json)
  if (outcome.status === 'saved') notify(t(host.kind === 'desktop' ? 'annotations.saved' : 'annotations.downloaded', { path: outcome.path }))
  else if (outcome.status === 'failed') notifyError(outcome.message)
}

/** Every article's passages in one AnnotationCollection: what another tool needs to take the project's work. */
export async function exportProjectAnnotations(host: Host): Promise<void> {
  exchange.busy = true
  try {
    await history.flushed()
    const [{ collectionJson }, { slugFileName }, { articlesWithPassages }] = await Promise.all([
      import('@shared/w3c/exportW3c'),
      import('@shared/report/fileName'),
      import('../db/exportArticles')
    ])
    const articles = await articlesWithPassages(db())
    if (articles.length === 0) {
      notify(t('annotations.nothingToExport'))
      return
    }
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a timestamp written into the file, not state
    const json = collectionJson({ articles, tags: codebook.tags, creator: ANALYST, generatedAt: new Date() })
    const outcome = await host.saveAnnotations(slugFileName(projects.current?.name ?? 'project', '-annotations.jsonld'), json)
    if (outcome.status === 'saved') notify(t(host.kind === 'desktop' ? 'annotations.savedProject' : 'annotations.downloadedProject', { path: outcome.path, count: articles.length }))
    else if (outcome.status === 'failed') notifyError(outcome.message)
  } catch (error) {
    notifyError(t('annotations.exportFailed', { reason: describeError(error, t) }))
  } finally {
    exchange.busy = false
  }
}

export async function importAnnotations(host: Host): Promise<void> {
  const current = session.current
  if (!current) {
    notify(t('annotations.openFirstImport'))
    return
  }
  const outcome = await host.openAnnotations()
  if (outcome.status === 'cancelled') return
  if (outcome.status === 'failed') {
    notifyError(outcome.message)
    return
  }
  exchange.busy = true
  try {
    const [{ readAnnotationFile }, { planAnnotationImport }] = await Promise.all([import('@shared/w3c/readAnnotations'), import('@shared/w3c/importW3c'), current.passagesLoaded])
    if (session.current !== current) return
    let file
    try {
      file = readAnnotationFile(outcome.text, outcome.fileName)
    } catch (error) {
      notifyError(describeError(error, t))
      return
    }
    const plan = planAnnotationImport(
      file,
      { documentId: current.record.id, contentHash: current.record.contentHash, text: current.text, annotations: [...current.index.all()] },
      { tags: codebook.tags, now: Date.now() }
    )
    history.commit(t('undo.importAnnotations'), { tags: plan.tags.map((after) => ({ before: null, after })), annotations: plan.annotations })
    exchange.report = { fileName: outcome.fileName, report: plan.report }
  } finally {
    exchange.busy = false
  }
}
