/** Builds the annotated report of the open article and hands it to the host to save. */
import type { Annotation } from '@shared/annotation'
import type { Host } from '../host/host'
import { codebook } from './codebook.svelte'
import { notify, notifyError } from './messages.svelte'
import { session } from './session.svelte'
import { mark } from '../perf/marks'
import { locale, t } from '../i18n/i18n.svelte'

export async function exportReport(host: Host): Promise<void> {
  const current = session.current
  if (!current) {
    notify(t('report.openFirst'))
    return
  }
  const [{ renderReport, reportFileName }] = await Promise.all([import('@shared/report/renderReport'), current.passagesLoaded])
  const annotations: Annotation[] = [...current.index.all()]
  const html = renderReport({
    document: { ...current, title: current.record.title, metadata: current.record.metadata, fileName: current.record.fileName },
    tags: codebook.tags,
    annotations,
    generatedAt: new Date(),
    locale: locale()
  })
  const outcome = await host.saveReport(reportFileName(current.record.title), html)
  mark('themata:report-ready')
  if (outcome.status === 'saved') notify(t(host.kind === 'desktop' ? 'report.saved' : 'report.downloaded', { path: outcome.path }))
  else if (outcome.status === 'failed') notifyError(outcome.message)
}
