/**
 * The operations that change passages across the project (merge, delete), with the reads they need:
 * only the passages carrying the themes concerned (see `passagesWithThemes`).
 */
import type { Annotation, Tag } from '@shared/annotation'
import { deleteImpact, deleteTheme, isRefusal, mergeThemes, planMerge, type Outcome } from './operations'

/** Reads every passage carrying any of the themes, each once. */
export type PassageReader = (tagIds: readonly string[]) => Promise<Annotation[]>

/** Merges `sourceId` into `targetId` (with namesake sub-themes), reading the passages that change. */
export async function mergeInProject(read: PassageReader, tags: readonly Tag[], sourceId: string, targetId: string, now: number, label?: string): Promise<Outcome> {
  const plan = planMerge(tags, sourceId, targetId)
  if (isRefusal(plan)) return plan
  return mergeThemes(tags, plan, await read([...plan.into.keys()]), now, label)
}

/** Deletes a theme from the codebook and from its passages. */
export async function deleteInProject(read: PassageReader, tags: readonly Tag[], id: string, now: number): Promise<Outcome> {
  return deleteTheme(tags, id, await read([id]), now)
}

/** How many passages carry the theme, and how many of them deleting it would delete. */
export async function deleteImpactInProject(read: PassageReader, id: string): Promise<{ carrying: number; deleted: number }> {
  return deleteImpact(await read([id]), id)
}
