import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { decodeText, isBlank, whatwgEncoding } from './decode'
import { importDocument, type ImportEnv } from './index'

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(__dirname, 'fixtures', name)))
const env: ImportEnv = { window: new JSDOM('').window as unknown as ImportEnv['window'] }

// The texts make-fixtures.sh encodes.
const RU =
  'Москва — столица России и крупнейший город страны. Весной в городе цветут сады, а по вечерам на набережных гуляют люди. Многие жители работают в центре и ездят на метро, которое считается одним из самых красивых в мире. Летом туристы посещают Красную площадь, Кремль и старые парки.'
const KOI =
  'Зимой в Санкт-Петербурге рано темнеет, но город остаётся красивым. Мосты над Невой разводят по ночам, и люди приходят посмотреть на это зрелище. В музеях хранятся картины великих художников, а в театрах каждый вечер идут спектакли.'
const FR =
  'Le café de la gare ouvre à sept heures. « Déjà ? » demande Zoë, qui préfère l’été à l’hiver. Les crêpes coûtent 3 € et la bière 5 € — c’est un chef-d’œuvre de naïveté. Où est l’hôtel ? Ça dépend du trajet, répond le garçon.'
const TR =
  "Türkiye'nin başkenti Ankara'dır. İstanbul Boğazı, Avrupa ile Asya'yı birbirinden ayırır. Çarşıda güzel çiçekler, şeker ve ılık ekmek satılıyor. Öğretmenler öğrencilere ödev verdi; herkes çalışkan olmalı."
const AZ =
  'Azərbaycan Respublikasının paytaxtı Bakı şəhəridir. Gəncə, Şəki və Quba gözəl şəhərlərdir. Xəzər dənizinin sahilində çoxlu neft buruğu var. Uşaqlar məktəbdə ölkənin tarixini öyrənirlər. Üzüm bağları günəşli yamaclarda yerləşir.'
const MIXED = 'Mixed scripts: Ünïcödé, Русский текст, Azərbaycan dili, 😀 and 𝄞.'

describe('decodeText', () => {
  it.each([
    ['az-utf8.txt', 'Azərbaycan', AZ],
    ['az-utf8-bom.txt', 'Azərbaycan', AZ],
    ['mixed-utf16le-bom.txt', 'Mixed', MIXED],
    ['mixed-utf16be-bom.txt', 'Mixed', MIXED],
    ['ru-windows-1251.txt', 'Москва', RU],
    ['ru-koi8-r.txt', 'Петербург', KOI],
    ['fr-windows-1252.txt', 'Au café', FR],
    ['tr-iso-8859-9.txt', 'Türkiye', TR]
  ])('decodes %s', (name, title, body) => {
    expect(decodeText(fixture(name), name)).toBe(`${title}\n\n${body}\n`)
  })

  it('keeps every Azerbaijani Latin letter', () => {
    const text = decodeText(fixture('az-utf8.txt'), 'az.txt')
    for (const letter of ['ə', 'ğ', 'ı', 'ş', 'ç', 'ö', 'ü', 'Ş', 'Ü']) expect(text).toContain(letter)
  })

  it('drops the BOM', () => {
    expect(decodeText(fixture('az-utf8-bom.txt'), 'a.txt').startsWith('\ufeff')).toBe(false)
    expect(decodeText(fixture('mixed-utf16le-bom.txt'), 'a.txt').startsWith('\ufeff')).toBe(false)
  })

  it('falls back to windows-1252 for a short text jschardet cannot tell apart', () => {
    const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0))
    expect(decodeText(latin1('café au lait'), 'a.txt')).toBe('café au lait')
    expect(decodeText(latin1('Grüße aus München, schöne Größe.'), 'a.txt')).toBe('Grüße aus München, schöne Größe.')
  })

  it('follows a declared legacy charset, but not a declared UTF-8 the bytes contradict', () => {
    const cyrillic = new Uint8Array([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]) // "Привет" in windows-1251
    expect(decodeText(cyrillic, 'a.html', 'windows-1251')).toBe('Привет')
    expect(decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 'a.html', 'utf-8')).toBe('café')
  })

  it('rejects NUL bytes outside UTF-16 as binary when they are more than a stray few', () => {
    expect(() => decodeText(new Uint8Array([0x68, 0x69, 0x00, 0x21]), 'x.txt')).toThrowError(
      expect.objectContaining({ code: 'binary', message: '“x.txt” looks like binary data, not text.' })
    )
  })

  it('reads text with a stray NUL byte, the NUL as a control character', () => {
    const text = `${'A sentence of ordinary text. '.repeat(4)}\0 and more.`
    expect(decodeText(new TextEncoder().encode(text), 'page.html')).toBe(text.replace('\0', '\x7f'))
    const latin = new Uint8Array([...new TextEncoder().encode('Le caf'), 0xe9, 0x00, ...new TextEncoder().encode(' est servi chaque matin au port.')])
    expect(decodeText(latin, 'note.txt')).toBe('Le café\x7f est servi chaque matin au port.')
  })

  it('rejects text full of control characters as binary', () => {
    const bytes = new TextEncoder().encode('ab\x01\x02cd\x1b\x7fefgh\x03ij')
    expect(() => decodeText(bytes, 'x.txt')).toThrowError(expect.objectContaining({ code: 'binary' }))
  })

  it('rejects UTF-16 that decodes to NULs', () => {
    expect(() => decodeText(new Uint8Array([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00]), 'x.txt')).toThrowError(
      expect.objectContaining({ code: 'binary' })
    )
  })

  it('allows tabs, form feeds and CRLF', () => {
    expect(decodeText(new TextEncoder().encode('a\tb\fc\r\nd'), 'a.txt')).toBe('a\tb\fc\r\nd')
  })
})

describe('whatwgEncoding', () => {
  it('maps jschardet names to WHATWG encodings', () => {
    expect(whatwgEncoding('Windows-1251')).toBe('windows-1251')
    expect(whatwgEncoding('KOI8-R')).toBe('koi8-r')
    expect(whatwgEncoding('ISO-8859-9')).toBe('windows-1254')
    expect(whatwgEncoding('CP932')).toBe('shift_jis')
    expect(whatwgEncoding('CP949')).toBe('euc-kr')
    expect(whatwgEncoding('iso8859-16')).toBe('iso-8859-16')
  })

  it('has no encoding for names TextDecoder cannot decode', () => {
    expect(whatwgEncoding('cp437')).toBeUndefined()
    expect(whatwgEncoding('Johab')).toBeUndefined()
    expect(whatwgEncoding('ISO-2022-KR')).toBeUndefined()
  })
})

describe('isBlank', () => {
  it.each([
    ['nothing', []],
    ['ASCII whitespace', [0x20, 0x0a, 0x09, 0x0d, 0x0a]],
    ['a UTF-8 BOM and a newline', [0xef, 0xbb, 0xbf, 0x0a]],
    ['UTF-16 spaces', [0xff, 0xfe, 0x20, 0x00, 0x0a, 0x00]]
  ])('is true for %s', (_, bytes) => {
    expect(isBlank(new Uint8Array(bytes))).toBe(true)
  })

  it('is false as soon as there is a character', () => {
    expect(isBlank(new Uint8Array([0x20, 0x41]))).toBe(false)
    expect(isBlank(new Uint8Array([0x20, 0x00]))).toBe(false)
  })
})

describe('importing encoded text', () => {
  it('gives the same document for UTF-8 with and without BOM, apart from the hash', async () => {
    const plain = await importDocument(fixture('az-utf8.txt'), 'az.txt', env)
    const bom = await importDocument(fixture('az-utf8-bom.txt'), 'az.txt', env)
    expect(bom.blocks).toEqual(plain.blocks)
    expect(bom.contentHash).not.toBe(plain.contentHash)
  })

  it('gives the same text for UTF-16 LE and BE', async () => {
    const le = await importDocument(fixture('mixed-utf16le-bom.txt'), 'le.txt', env)
    const be = await importDocument(fixture('mixed-utf16be-bom.txt'), 'be.txt', env)
    expect(le.text).toBe(`Mixed\n\n${MIXED}`)
    expect(be.text).toBe(le.text)
  })

  it('keeps astral characters as two UTF-16 units each, so offsets match JavaScript strings', async () => {
    const source = 'Emoji 🚀\n\nRocket 🚀 family 👨‍👩‍👧 flag 🇦🇿 then target.\n'
    const doc = await importDocument(new TextEncoder().encode(source), 'emoji.txt', env)
    expect(doc.text).toBe('Emoji 🚀\n\nRocket 🚀 family 👨‍👩‍👧 flag 🇦🇿 then target.')
    // 8 + 2 + 7 + 2 + 8 + 8 (three emoji, two joiners) + 6 + 4 (two regional indicators) + 6 code units.
    expect(doc.text.indexOf('target')).toBe(51)
    expect(doc.text.length).toBe(58)
  })
})
