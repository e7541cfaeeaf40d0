/** Articles and codebooks the W3C tests share (never imported by the app). */
import type { Annotation, Tag } from '../annotation'

export const TAGS: Tag[] = [
  { id: 't-eco', name: 'Economic pressure', color: '#d97706', description: '', memo: '', parentId: null, order: 0, shortcut: 1 },
  { id: 't-hyb', name: 'Hybrid tactics', color: '#7c3aed', description: '', memo: '', parentId: null, order: 1, shortcut: 2 },
  { id: 't-dis', name: 'Disinformation', color: '#0d9488', description: '', memo: '', parentId: 't-hyb', order: 0, shortcut: null },
  { id: 't-slash', name: 'Oil/gas', color: '#db2777', description: '', memo: '', parentId: 't-eco', order: 0, shortcut: null }
]

/**
 * Text that tools get wrong: emoji (astral, a ZWJ sequence, a skin tone) before and inside
 * passages, curly quotes and apostrophes, combining accents, right-to-left scripts, a CRLF.
 */
export const HARD_TEXT = [
  'Strikes on SOCAR 🔥 and the “collapse” of the CIS 👩‍👩‍👧 — a view from Baku',
  'It’s “leverage”, said the minister 👍🏽, citing Café and cafe\u0301 alike.',
  'العربية: الضغط الاقتصادي على باكو — עברית: לחץ כלכלי 🇦🇿 and back to English.',
  'A line that ends in CRLF\r\nand one more with an emoji inside 🛢️ the passage.'
].join('\n\n')

/** A passage over each phrase of HARD_TEXT (the first occurrence), themes and notes varied. */
export function hardPassages(documentId: string): Annotation[] {
  const phrases: [string, string[], string][] = [
    ['“collapse” of the CIS 👩‍👩‍👧', ['t-hyb'], ''],
    ['It’s “leverage”', ['t-eco', 't-slash'], 'Curly quotes — and a note\nover two lines.'],
    ['Café and cafe\u0301', [], 'Only a note.'],
    ['الضغط الاقتصادي على باكو', ['t-dis'], 'RTL'],
    ['לחץ כלכלי 🇦🇿', ['t-eco'], ''],
    ['CRLF\r\nand one more', ['t-hyb'], ''],
    ['emoji inside 🛢️ the passage', ['t-dis', 't-eco'], '👍🏽'],
    ['minister 👍🏽', [], '']
  ]
  return phrases.map(([phrase, tagIds, note], i) => {
    const start = HARD_TEXT.indexOf(phrase)
    if (start < 0) throw new Error(`not in the text: ${phrase}`)
    const end = start + phrase.length
    return {
      id: `0000000${i}-1111-4222-8333-444444444444`,
      documentId,
      start,
      end,
      exact: phrase,
      prefix: HARD_TEXT.slice(Math.max(0, start - 32), start),
      suffix: HARD_TEXT.slice(end, end + 32),
      tagIds,
      note,
      createdAt: Date.UTC(2025, 7, 8, 9, i, 30, 123),
      updatedAt: Date.UTC(2025, 7, 9, 10, i, 0, 456)
    }
  })
}
