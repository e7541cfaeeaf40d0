import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mergeCodebook } from '@shared/codebookExchange/merge'
import { readCodebookFile } from '@shared/codebookExchange/readCodebookFile'
import { REFI_QDA } from '@shared/codebookExchange/testSupport'
import { themePath } from '@shared/themeTree'
import { applyChangeSet, invert, type ChangeSet } from './changeSet'
import { ThemataDb } from './db'
import { ensureDefaultCodebook, listTags, seedCodebook } from './tags'

let db: ThemataDb
let n = 0
beforeEach(() => {
  db = new ThemataDb(`codebook-import-${++n}`)
})
afterEach(async () => {
  await db.delete()
})

const real = (file: string) => readCodebookFile(new Uint8Array(readFileSync(join(REFI_QDA, file))), file)

/** The change set an import commits: every added theme, nothing else. */
async function importInto(file: string): Promise<ChangeSet> {
  const { tags } = mergeCodebook(await listTags(db), real(file), () => crypto.randomUUID())
  const changes: ChangeSet = { tags: tags.map((after) => ({ before: null, after })) }
  await applyChangeSet(db, changes)
  return changes
}

describe('importing a codebook into a project', () => {
  it('stores the merged themes in one change set, and its undo leaves the codebook as it was', async () => {
    await ensureDefaultCodebook(db)
    const before = await listTags(db)
    const changes = await importInto('nvivo12.6-win--oltas0517.qdpx')
    const after = await listTags(db)
    expect(after).toHaveLength(before.length + 152)
    // Sub-themes hang under their parents, so the deepest paths have four names.
    expect(Math.max(...after.map((t) => themePath(after, t.id).length))).toBe(4)
    await applyChangeSet(db, invert(changes))
    expect(await listTags(db)).toEqual(before)
  })

  it('adds nothing the second time: every path is already there', async () => {
    await importInto('atlasti23-win--target-atlas-project.qdpx')
    const again = mergeCodebook(await listTags(db), real('atlasti23-win--target-atlas-project.qdpx'), () => crypto.randomUUID())
    expect(again.tags).toEqual([])
    expect(again.report).toEqual({ added: 0, alreadyThere: 3, repeated: 0 })
  })

  it("writes nothing when storage refuses one of the themes: the import is one transaction", async () => {
    await ensureDefaultCodebook(db)
    const before = await listTags(db)
    const { tags } = mergeCodebook(before, real('taguette1.4.1--codebook.qdc'), () => crypto.randomUUID())
    // A put that breaks the transaction after the first theme: a record without its key.
    const broken = { ...tags[2], id: undefined } as unknown as (typeof tags)[number]
    const changes: ChangeSet = { tags: [...tags.slice(0, 2), broken].map((after) => ({ before: null, after })) }
    await expect(applyChangeSet(db, changes)).rejects.toThrow()
    expect(await listTags(db)).toEqual(before)
  })
})

describe('a new project’s first codebook', () => {
  it('can be empty or the themes of a codebook file, and the default one is then not added', async () => {
    const { tags } = mergeCodebook([], real('taguette1.4.1--codebook.qdc'), () => crypto.randomUUID())
    await seedCodebook(db, tags)
    await ensureDefaultCodebook(db)
    expect((await listTags(db)).map((t) => t.name)).toEqual(['xsd:element name', 'CodeBook', 'Variables'])
    const empty = new ThemataDb(`codebook-import-empty-${n}`)
    await seedCodebook(empty, [])
    await ensureDefaultCodebook(empty)
    expect(await listTags(empty)).toEqual([])
    await empty.delete()
  })
})
