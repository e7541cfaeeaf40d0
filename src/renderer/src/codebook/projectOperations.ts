/**
 * The operations that change passages across the project (merge, delete), with the reads they need:
 * only the passages carrying the themes concerned, through the `tagIds` index.
 */
import type { Tag } from '@shared/annotation'
import type { ThemataDb } from '../db/db'
import { passagesWithThemes } from '../db/tags'
import { deleteImpact, deleteTheme, isRefusal, mergeThemes, planMerge, type Outcome } from './operations'

/** Merges `sourceId` into `targetId` (with namesake sub-themes), reading the passages that change. */
export async function mergeInProject(db: ThemataDb, tags: readonly Tag[], sourceId: string, targetId: string, now: number, label?: string): Promise<Outcome> {
  const plan = planMerge(tags, sourceId, targetId)
  if (isRefusal(plan)) return plan
  return mergeThemes(tags, plan, await passagesWithThemes(db, [...plan.into.keys()]), now, label)
}

/** Deletes a theme from the codebook and from its passages. */
export async function deleteInProject(db: ThemataDb, tags: readonly Tag[], id: string, now: number): Promise<Outcome> {
  return deleteTheme(tags, id, await passagesWithThemes(db, [id]), now)
}

/** How many passages carry the theme, and how many of them deleting it would delete. */
export async function deleteImpactInProject(db: ThemataDb, id: string): Promise<{ carrying: number; deleted: number }> {
  return deleteImpact(await passagesWithThemes(db, [id]), id)
}
