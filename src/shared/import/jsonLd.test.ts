import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { readJsonLd } from './jsonLd'

const head = (...scripts: string[]): Document =>
  new JSDOM(scripts.map((script) => `<script type="application/ld+json">${script}</script>`).join('')).window.document

describe('readJsonLd', () => {
  it('finds the article in a @graph and reads its facts', () => {
    const graph = JSON.stringify({
      '@graph': [
        { '@type': 'WebPage', name: 'Page' },
        {
          '@type': ['NewsArticle'],
          headline: 'Headline',
          author: [{ name: 'Ann' }, 'Bo', { name: 'https://x.example/ann' }],
          datePublished: '2024-01-02T03:04:05Z',
          publisher: { '@type': 'Organization', name: 'Daily' },
          inLanguage: 'az'
        }
      ]
    })
    expect(readJsonLd(head(graph))).toEqual({ headline: 'Headline', author: 'Ann, Bo', datePublished: '2024-01-02T03:04:05Z', publisher: 'Daily', language: 'az' })
  })

  it('skips malformed scripts and objects that are not articles', () => {
    const posting = JSON.stringify([{ '@type': 'Organization', name: 'Daily' }, { '@type': 'BlogPosting', name: 'Post', dateCreated: '2023-05-06' }])
    expect(readJsonLd(head('{not json', posting))).toEqual({ headline: 'Post', datePublished: '2023-05-06' })
  })

  it('says nothing when the page has no article data', () => {
    expect(readJsonLd(head(JSON.stringify({ '@type': 'Person', name: 'Ann' })))).toEqual({})
    expect(readJsonLd(head())).toEqual({})
  })
})
