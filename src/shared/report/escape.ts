/** HTML escaping for every piece of text and attribute value the report writes. */

const REPLACEMENTS: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '\r': '&#13;',
  '\0': '\uFFFD'
}

const SPECIAL = /[&<>"'\r\0]/g

/**
 * Escapes `value` for element content and for quoted attribute values alike.
 * CR is written as a reference because the parser would otherwise turn it into LF;
 * NUL cannot survive HTML parsing, so it becomes U+FFFD as a browser would show it.
 */
export function escapeHtml(value: string): string {
  return value.replace(SPECIAL, (c) => REPLACEMENTS[c] as string)
}
