/** What the user does to an article as a whole from the library: its memo, removing it. Each is one undoable action. */
import { removalChange } from '../db/documents'
import { describeError } from '@shared/i18n/words'
import { db } from './database'
import { history } from './history.svelte'
import { documentById } from './library.svelte'
import { notifyError } from './messages.svelte'
import { session } from './session.svelte'
import { t } from '../i18n/i18n.svelte'

const MAX_MEMO = 20_000

/** Replaces an article's memo (trimmed at the end); no action when nothing changed. */
export function setArticleMemo(documentId: string, rawMemo: string): void {
  const record = documentById(documentId)
  const memo = rawMemo.trimEnd()
  if (!record || record.memo === memo) return
  if (memo.length > MAX_MEMO) {
    notifyError(t('article.memoTooLong', { max: MAX_MEMO, length: memo.length }))
    return
  }
  history.commit(t('undo.editMemo'), { documents: [{ before: record, after: { ...record, memo } }] })
}

/**
 * Removes an article with its text and passages, as one action that undo puts back while the app
 * runs. An article on screen is closed first, so nothing is left showing passages that are gone.
 */
export async function removeArticle(documentId: string): Promise<boolean> {
  if (session.current?.record.id === documentId) session.close()
  await history.flushed()
  try {
    const changes = await removalChange(db(), documentId)
    if (!changes) return false
    const title = changes.documents?.[0]?.before?.title ?? 'article'
    history.commit(t('undo.removeArticle', { title: title.length > 40 ? `${title.slice(0, 39)}…` : title }), changes)
    return true
  } catch (error) {
    notifyError(t('article.removeFailed', { reason: describeError(error, t) }))
    return false
  }
}
