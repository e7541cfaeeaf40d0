/** What a saved web page says about its article in JSON-LD (schema.org NewsArticle, BlogPosting, …). */

export interface LinkedArticle {
  headline?: string
  author?: string
  datePublished?: string
  publisher?: string
  language?: string
}

type JsonObject = Record<string, unknown>

const ARTICLE_TYPE = /(?:Article|Posting|Report)$/

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** Every object of a JSON-LD value, through top-level arrays and @graph lists. */
function nodesOf(value: unknown): JsonObject[] {
  if (Array.isArray(value)) return value.flatMap(nodesOf)
  return isObject(value) ? [value, ...nodesOf(value['@graph'])] : []
}

function isArticle(node: JsonObject): boolean {
  return [node['@type']].flat().some((type) => typeof type === 'string' && ARTICLE_TYPE.test(type))
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}

/** Names from "Ann", {"name": "Ann"} or a list of either; profile URLs are not names. */
function names(value: unknown): string | undefined {
  const list = [value].flat().flatMap((item) => {
    const name = isObject(item) ? text(item['name']) : text(item)
    return name === undefined || /^https?:/i.test(name) ? [] : [name]
  })
  return list.length > 0 ? list.join(', ') : undefined
}

export function readJsonLd(doc: Document): LinkedArticle {
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    const article = nodesOf(parseJson(script.textContent ?? '')).find(isArticle)
    if (article) {
      return {
        headline: text(article['headline']) ?? text(article['name']),
        author: names(article['author']),
        datePublished: text(article['datePublished']) ?? text(article['dateCreated']),
        publisher: names(article['publisher']),
        language: text(article['inLanguage'])
      }
    }
  }
  return {}
}
