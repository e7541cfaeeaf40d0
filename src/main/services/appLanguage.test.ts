import { describe, expect, it } from 'vitest'
import { AppLanguage } from './appLanguage'
import { menuTemplate } from './menuTemplate'

describe('AppLanguage', () => {
  it('speaks the first of the system’s languages Themata speaks, else English', () => {
    expect(new AppLanguage(['ru-RU', 'en-US']).locale).toBe('ru')
    expect(new AppLanguage(['de-DE', 'az-Latn-AZ']).locale).toBe('az')
    expect(new AppLanguage(['de-DE']).locale).toBe('en')
    expect(new AppLanguage([]).t('menu.file')).toBe('File')
  })

  it('switches when the renderer says so, and tells its listeners once per change', () => {
    const language = new AppLanguage(['en-US'])
    const heard: string[] = []
    const stop = language.onChange((locale) => heard.push(locale))
    language.set('ru')
    language.set('ru')
    expect(language.t('menu.file')).toBe('Файл')
    language.set('az')
    expect(language.t('menu.help')).toBe('Kömək')
    stop()
    language.set('en')
    expect(heard).toEqual(['ru', 'az'])
  })

  it('words the whole menu in the language it speaks', () => {
    const language = new AppLanguage(['ru'])
    const menu = menuTemplate({ mac: false, devTools: false, recent: [], home: '/home/ana', t: language.t })
    expect(menu.map((section) => section.label)).toEqual(['Файл', 'Правка', 'Вид', 'Кодовая книга', 'Справка'])
    language.set('az')
    const again = menuTemplate({ mac: false, devTools: false, recent: [], home: '/home/ana', t: language.t })
    expect(again[0]?.entries[0]).toEqual({ kind: 'command', command: 'open', label: 'Məqalələri aç…', accelerator: 'CmdOrCtrl+O' })
  })
})
