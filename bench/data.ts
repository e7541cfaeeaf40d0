/**
 * Benchmark data, generated from a seed: prose-like articles, overlapping passages in every
 * theme, and a library of articles. Pure and self-contained (type imports only), so the same
 * module runs in Node, in Vitest and, with its types stripped, inside the page under test,
 * where generating 100,000 passages is far cheaper than shipping them over the wire.
 */
import type { Annotation, Tag } from '../src/shared/annotation'
import type { Block, BlockType } from '../src/shared/document'

/** The sizes one benchmark run works with. */
export interface BenchSizes {
  /** Characters of the long article (canonical text, UTF-16 code units). */
  articleChars: number
  /** Passages stored on the long article. */
  highlights: number
  /** Articles in the library scenario, and passages over all of them. */
  libraryDocuments: number
  libraryPassages: number
  /** Characters of each library article. */
  libraryDocumentChars: number
}

export const FULL_SIZES: BenchSizes = {
  articleChars: 1_000_000,
  highlights: 10_000,
  libraryDocuments: 500,
  libraryPassages: 100_000,
  libraryDocumentChars: 20_000
}

export const SMOKE_SIZES: BenchSizes = {
  articleChars: 20_000,
  highlights: 200,
  libraryDocuments: 20,
  libraryPassages: 4_000,
  libraryDocumentChars: 5_000
}

export const BENCH_SEED = 20250808

/** mulberry32: small, fast and good enough to make data that looks random and is reproducible. */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Rng = () => number

const int = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1))
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T

const WORDS = (
  'the of and to in a that is was for on as with by it from at be this which or are an have has not were but their ' +
  'its also more than after over into between against about other new would could may will such during since while ' +
  'government ministry pressure energy gas oil pipeline route export import market price contract supply transit ' +
  'security border region country state states policy sanctions leverage trade investment debt loan credit bank ' +
  'agreement treaty summit meeting statement official officials minister president parliament election campaign ' +
  'media narrative report reports analysts analysis source sources claim claims evidence network proxy proxies ' +
  'influence campaign information operation operations cyber attack attacks strike strikes infrastructure terminal ' +
  'port refinery company companies shareholder stake ownership partner partners cooperation relations tension ' +
  'escalation hostility dispute conflict crisis response measures decision decisions support opposition public ' +
  'opinion community communities diaspora institutions commonwealth union council committee organisation members ' +
  'membership withdrawal participation economic political military diplomatic regional national international ' +
  'strategic historical recent early late long short significant limited growing declining direct indirect formal ' +
  'informal open hidden local foreign domestic key major minor several many few most each every both whole part ' +
  'first second third last next previous current former future years months weeks days year month week day time ' +
  'period decade history record level rate volume share value cost costs revenue budget fund funds increase ' +
  'decrease change changes shift shifts pattern patterns signal signals message messages warning warnings threat ' +
  'threats risk risks interest interests goal goals aim aims effort efforts attempt attempts step steps way ways ' +
  'said noted argued warned claimed suggested described called reported announced confirmed denied rejected ' +
  'accused blamed supported opposed expected remained became seemed appeared continued began ended followed ' +
  'increased reduced raised cut signed agreed refused allowed forced pushed used sought offered promised'
).split(' ')

const NAMES = [
  'Baku', 'Moscow', 'Odesa', 'Kyiv', 'Ankara', 'Tbilisi', 'Brussels', 'Astana', 'Yerevan', 'Tehran',
  'SOCAR', 'Gazprom', 'Rosneft', 'the Kremlin', 'the Caspian', 'the Black Sea', 'the European Union', 'NATO',
  'the CIS', 'Azerbaijan', 'Russia', 'Ukraine', 'Türkiye', 'Georgia', 'Kazakhstan', 'Armenia', 'Iran'
]

const CONNECTORS = ['However', 'Meanwhile', 'At the same time', 'In practice', 'By contrast', 'As a result', 'Since then', 'Even so']

function sentence(rng: Rng): string {
  const words: string[] = []
  const length = int(rng, 6, 28)
  for (let i = 0; i < length; i++) {
    const r = rng()
    if (r < 0.07) words.push(pick(rng, NAMES))
    else if (r < 0.09) words.push(String(int(rng, 1990, 2025)))
    else if (r < 0.1) words.push(`${int(rng, 2, 95)}%`)
    else words.push(pick(rng, WORDS))
    if (i > 2 && i < length - 2) {
      const p = rng()
      if (p < 0.07) words[words.length - 1] += ','
      else if (p < 0.08) words.push('—')
    }
  }
  if (rng() < 0.12) words.unshift(`${pick(rng, CONNECTORS)},`)
  const first = words[0] as string
  words[0] = first.charAt(0).toUpperCase() + first.slice(1)
  const end = rng()
  return words.join(' ') + (end < 0.9 ? '.' : end < 0.95 ? '?' : ';')
}

function sentences(rng: Rng, min: number, max: number): string {
  const out: string[] = []
  for (let n = int(rng, min, max); n > 0; n--) out.push(sentence(rng))
  return out.join(' ')
}

function titleCase(text: string): string {
  return text.replace(/[.?;,]$/, '').replace(/(^|\s)(\p{Ll})/gu, (_m, space: string, c: string) => space + c.toUpperCase())
}

export interface Article {
  title: string
  blocks: Block[]
  /** Canonical text: block texts joined by two newlines, as src/shared/document.ts defines it. */
  text: string
  /** Start offset of each block in `text`. */
  starts: number[]
}

/**
 * An article of about `targetChars` characters: a title, sections with headings, paragraphs of
 * two to eight sentences, now and then a bulleted list or a quotation.
 */
export function generateArticle(seed: number, targetChars: number, title?: string): Article {
  const rng = random(seed)
  const heading = title ?? titleCase(sentence(rng).split(' ').slice(0, int(rng, 4, 9)).join(' '))
  const blocks: Block[] = [{ type: 'heading', level: 1, text: heading }]
  let length = heading.length
  let sinceHeading = 0
  const push = (type: BlockType, text: string, level?: number): void => {
    blocks.push(level === undefined ? { type, text } : { type, level, text })
    length += text.length + 2
  }
  while (length < targetChars) {
    const r = rng()
    if (sinceHeading > int(rng, 6, 14)) {
      push('heading', titleCase(sentence(rng).split(' ').slice(0, int(rng, 3, 8)).join(' ')), rng() < 0.8 ? 2 : 3)
      sinceHeading = 0
    } else if (r < 0.05) {
      for (let n = int(rng, 3, 6); n > 0; n--) push('listItem', sentences(rng, 1, 2))
      sinceHeading++
    } else if (r < 0.08) {
      push('quote', sentences(rng, 1, 3))
      sinceHeading++
    } else {
      push('paragraph', sentences(rng, 2, 8))
      sinceHeading++
    }
  }
  const starts: number[] = []
  let offset = 0
  for (const block of blocks) {
    starts.push(offset)
    offset += block.text.length + 2
  }
  return { title: heading, blocks, text: blocks.map((b) => b.text).join('\n\n'), starts }
}

/** One generated passage, before it is tied to a document and a codebook. */
export interface PassageSpec {
  start: number
  end: number
  /** Indexes into the codebook (0-based); empty for a passage that only has a note. */
  themes: number[]
  note: string
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\n'

/** Index of the block holding `offset` (offsets in a separator belong to the block before). */
function blockAt(starts: readonly number[], offset: number): number {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((starts[mid] as number) <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** The start of the word at or after `offset`, inside the text. */
function wordStart(text: string, offset: number): number {
  let at = Math.max(0, Math.min(offset, text.length - 1))
  while (at > 0 && !isSpace(text[at - 1])) at--
  return at
}

/** The end of the word at or after `offset` (exclusive), never past `limit`. */
function wordEnd(text: string, offset: number, limit: number): number {
  let at = Math.min(offset, limit)
  while (at < limit && !isSpace(text[at])) at++
  while (at > 0 && isSpace(text[at - 1])) at--
  return at
}

/**
 * `count` distinct passages over the article: short phrases, sentences and longer stretches,
 * about one in five started inside an earlier passage so they overlap, a few running on into
 * the next block, in every theme (one or two themes each), some with a note.
 */
export function generatePassages(seed: number, article: Article, count: number, themeCount: number): PassageSpec[] {
  const rng = random(seed ^ 0x9e3779b9)
  const { text, starts, blocks } = article
  const specs: PassageSpec[] = []
  const seen = new Set<string>()
  const blockEnd = (b: number): number => (starts[b] as number) + (blocks[b] as Block).text.length
  let guard = count * 20
  while (specs.length < count && guard-- > 0) {
    let start: number
    const previous = specs.length > 0 && rng() < 0.2 ? specs[int(rng, Math.max(0, specs.length - 50), specs.length - 1)] : undefined
    if (previous && previous.end - previous.start > 2) start = wordStart(text, int(rng, previous.start + 1, previous.end - 1))
    else start = wordStart(text, Math.floor(rng() * text.length))
    if (isSpace(text[start]) || start >= text.length) continue
    const block = blockAt(starts, start)
    const r = rng()
    const length = r < 0.4 ? int(rng, 8, 50) : r < 0.88 ? int(rng, 40, 260) : int(rng, 250, 700)
    const crosses = rng() < 0.03 && block + 1 < blocks.length
    const limit = crosses ? blockEnd(block + 1) : blockEnd(block)
    const end = wordEnd(text, start + length, limit)
    if (end <= start) continue
    const key = `${start}:${end}`
    if (seen.has(key)) continue
    seen.add(key)
    const t = rng()
    let themes: number[]
    if (specs.length < themeCount) themes = [specs.length]
    else if (t < 0.8) themes = [int(rng, 0, themeCount - 1)]
    else if (t < 0.95 && themeCount > 1) {
      const a = int(rng, 0, themeCount - 1)
      themes = [a, (a + int(rng, 1, themeCount - 1)) % themeCount]
    } else themes = t < 0.98 ? [] : [int(rng, 0, themeCount - 1)]
    const note = themes.length === 0 || rng() < 0.05 ? sentence(rng) : ''
    specs.push({ start, end, themes, note })
  }
  return specs
}

/** A deterministic id in UUID form, so stored records look like the app's own. */
export function uuidFrom(rng: Rng): string {
  const hex = (n: number): string =>
    Array.from({ length: n }, () => Math.floor(rng() * 16).toString(16)).join('')
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${(8 + Math.floor(rng() * 4)).toString(16)}${hex(3)}-${hex(12)}`
}

/** The stored annotations for `specs` on `article`, as the app writes them (quote with 32 characters of context). */
export function toAnnotations(
  seed: number,
  article: Article,
  specs: readonly PassageSpec[],
  documentId: string,
  tagIds: readonly string[],
  time: number
): Annotation[] {
  const rng = random(seed ^ 0x51ed270b)
  const { text } = article
  return specs.map((s, i) => ({
    id: uuidFrom(rng),
    documentId,
    start: s.start,
    end: s.end,
    exact: text.slice(s.start, s.end),
    prefix: text.slice(Math.max(0, s.start - 32), s.start),
    suffix: text.slice(s.end, s.end + 32),
    tagIds: [...new Set(s.themes.map((t) => tagIds[t % tagIds.length] as string))],
    note: s.note,
    createdAt: time + i,
    updatedAt: time + i
  }))
}

/** A library document: what one article of the library scenario is made of. */
export interface LibraryItem {
  seed: number
  title: string
  fileName: string
  article: Article
  passages: number
}

/** The library scenario's articles, one at a time (each is generated when asked for). */
export function* libraryItems(seed: number, sizes: Pick<BenchSizes, 'libraryDocuments' | 'libraryPassages' | 'libraryDocumentChars'>): Generator<LibraryItem> {
  const rng = random(seed ^ 0x2545f491)
  const per = Math.floor(sizes.libraryPassages / sizes.libraryDocuments)
  const extra = sizes.libraryPassages - per * sizes.libraryDocuments
  for (let i = 0; i < sizes.libraryDocuments; i++) {
    const itemSeed = int(rng, 1, 2 ** 31 - 1)
    const chars = Math.round(sizes.libraryDocumentChars * (0.6 + 0.8 * rng()))
    const words = sentence(rng).split(' ').slice(0, int(rng, 3, 7)).join(' ')
    const title = `${titleCase(words)} (${i + 1})`
    const article = generateArticle(itemSeed, chars, title)
    const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48)
    yield { seed: itemSeed, title, fileName: `${slug}.txt`, article, passages: per + (i < extra ? 1 : 0) }
  }
}

/** A 64-character hex string standing in for a file's SHA-256 (only uniqueness matters). */
export function fakeHash(seed: number): string {
  const rng = random(seed ^ 0x7f4a7c15)
  return Array.from({ length: 64 }, () => Math.floor(rng() * 16).toString(16)).join('')
}

/**
 * The plain-DOM base that skips off-screen text as the app does: the blocks cut into sections where
 * the app cuts them (editor/offsets.ts `articleLayout`: about 12,000 characters, at most 48 blocks),
 * each with the app's estimated height (editor/blockNodes.ts). data.test.ts checks both agree.
 */
export function plainSections(blocks: readonly Block[], maxChars = 12_000, maxBlocks = 48): { blocks: Block[]; heightEm: number }[] {
  const sections: { blocks: Block[]; heightEm: number }[] = []
  let chars = 0
  for (const block of blocks) {
    const last = sections[sections.length - 1]
    if (!last || chars >= maxChars || last.blocks.length >= maxBlocks) {
      sections.push({ blocks: [block], heightEm: 0 })
      chars = 0
    } else last.blocks.push(block)
    chars += block.text.length
  }
  for (const section of sections) {
    const lines = section.blocks.reduce((sum, block) => sum + Math.max(1, Math.ceil(block.text.length / 80)) + 0.55, 0)
    section.heightEm = Math.round(lines * 1.7 + 0.5)
  }
  return sections
}

/** Sub-themes per theme at each level: 6 top-level themes × 3 sub-themes × 2 sub-sub-themes = 60 themes in 3 levels. */
export const CODEBOOK_SHAPE = [6, 3, 2] as const

const CODEBOOK_COLOURS = ['#d97706', '#7c3aed', '#0d9488', '#f04870', '#1890f0', '#889000', '#a080b8', '#008028', '#c04020', '#886830', '#c03098', '#4868c0']

/**
 * A codebook in levels (`shape`: how many sub-themes each theme has at each level), as the app stores
 * it: names unique among siblings, `order` among siblings, the first nine themes on keys 1–9.
 * Returned in codebook order (depth-first).
 */
export function generateCodebook(seed: number, shape: readonly number[] = CODEBOOK_SHAPE): Tag[] {
  const rng = random(seed ^ 0x3c6ef372)
  const tags: Tag[] = []
  const grow = (parent: Tag | null, level: number): void => {
    const count = shape[level] ?? 0
    for (let i = 0; i < count; i++) {
      const words = sentence(rng).replace(/[.?;,—%\d]/g, '').split(' ').filter(Boolean).slice(0, int(rng, 1, 3)).join(' ')
      const tag: Tag = {
        id: uuidFrom(rng),
        name: `${parent ? `${parent.name.split(' ')[0]}.${i + 1}` : `T${i + 1}`} ${titleCase(words)}`,
        color: CODEBOOK_COLOURS[tags.length % CODEBOOK_COLOURS.length] as string,
        description: sentence(rng),
        memo: '',
        parentId: parent?.id ?? null,
        order: i,
        shortcut: tags.length < 9 ? tags.length + 1 : null
      }
      tags.push(tag)
      grow(tag, level + 1)
    }
  }
  grow(null, 0)
  return tags
}

/**
 * The theme list to give `generatePassages`/`toAnnotations`, which pick from it evenly (and give an
 * article's first passages one entry each, in order): each theme of `heavy` fills `heavySlots` of
 * the `slots` entries, the other themes share the rest (one or two entries each) — a codebook where a
 * few themes carry much of the coding, as real ones do. Kept near the passages per article so each
 * article still gets the random picks that spread passages over every theme.
 */
export function weightedThemes(tagIds: readonly string[], heavy: readonly string[], heavySlots = MERGE_SLOTS.heavy, slots = MERGE_SLOTS.total): string[] {
  const light = tagIds.filter((id) => !heavy.includes(id))
  const left = Math.max(light.length, slots - heavySlots * heavy.length)
  const list: string[] = []
  light.forEach((id, i) => list.push(...Array<string>(Math.floor(left / light.length) + (i < left % light.length ? 1 : 0)).fill(id)))
  // The heavy themes spread through the list rather than at its head.
  for (const id of heavy) for (let k = 0; k < heavySlots; k++) list.splice(Math.floor(((k + 0.5) * list.length) / heavySlots), 0, id)
  return list
}

/**
 * How the merged themes are weighted: 10 entries of 104 each. With 200 passages an article (the
 * first 104 one theme each, the rest one or two at random), about a fifth of all passages carry one of them.
 */
export const MERGE_SLOTS = { heavy: 10, total: 104 } as const

/**
 * The merge the benchmark times: two second-level themes in different branches, the first with its
 * sub-themes (which move along).
 */
export function mergePair(codebook: readonly Tag[]): { source: Tag; target: Tag } {
  const second = codebook.filter((t) => t.parentId !== null && codebook.some((p) => p.id === t.parentId && p.parentId === null))
  const source = second[0] as Tag
  const target = second.find((t) => t.parentId !== source.parentId) as Tag
  return { source, target }
}
