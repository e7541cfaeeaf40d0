/**
 * The report's only stylesheet, inlined so the file stands alone: readable serif body,
 * light colours, discreet paragraph numbers, and print rules that keep passages whole
 * and print the highlight colours.
 */
export const REPORT_CSS = `
:root {
  color-scheme: light;
  --ink: #1f2328;
  --muted: #6b7280;
  --rule: #e5e7eb;
  --paper: #ffffff;
  --panel: #f8f8f6;
  --accent: #2563eb;
}
* { box-sizing: border-box; }
html { font-size: 100%; -webkit-text-size-adjust: 100%; }
body {
  margin: 0;
  background: var(--paper);
  color: var(--ink);
  font-family: "Iowan Old Style", "Palatino Linotype", Palatino, Georgia, Cambria, "Times New Roman", serif;
  font-size: 1.0625rem;
  line-height: 1.65;
  font-kerning: normal;
  text-rendering: optimizeLegibility;
}
.page { max-width: 46rem; margin: 0 auto; padding: 3rem 1.5rem 4rem 4rem; }
h1, h2, h3, h4, h5, h6, .toc, .meta, .generated, .eyebrow, table, .location, .also, .count, .pnum, .note-ref, .note-back {
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
h1 { font-size: 2rem; line-height: 1.2; margin: 0.25rem 0 1rem; letter-spacing: -0.01em; }
h2 { font-size: 1.35rem; line-height: 1.3; margin: 2.5rem 0 1rem; padding-bottom: 0.35rem; border-bottom: 1px solid var(--rule); }
h3 { font-size: 1.1rem; margin: 2rem 0 0.75rem; }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
.eyebrow { margin: 0; color: var(--muted); font-size: 0.8rem; letter-spacing: 0.08em; text-transform: uppercase; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0 0 0.75rem; font-size: 0.9rem; }
.meta div { display: contents; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; overflow-wrap: anywhere; }
.generated { color: var(--muted); font-size: 0.85rem; margin: 0; }
.toc { margin: 1.5rem 0 0; font-size: 0.85rem; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
.swatch { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 0.2em; margin-right: 0.5em; vertical-align: -0.05em; }
.legend { list-style: none; padding: 0; margin: 0; }
.legend-item { padding: 0.35rem 0; border-bottom: 1px solid var(--rule); }
.theme-name { font-weight: 600; }
.theme-description { color: var(--muted); margin-left: 0.5em; }
.theme-memo { margin: 0.2rem 0 0 1.3em; font-size: 0.9rem; white-space: pre-wrap; }
.summary-table .indent { display: inline-block; }
table { border-collapse: collapse; font-size: 0.9rem; }
.summary-table { width: 100%; }
.summary-table th, .summary-table td { padding: 0.4rem 0.6rem; border-bottom: 1px solid var(--rule); text-align: left; }
.summary-table .num { text-align: right; font-variant-numeric: tabular-nums; }
.summary-table thead th { color: var(--muted); font-weight: 500; }
.summary-table tfoot th, .summary-table tfoot td { font-weight: 600; border-top: 2px solid var(--rule); border-bottom: none; }
.article-text .block { position: relative; white-space: pre-wrap; overflow-wrap: break-word; }
.article-text p, .article-text blockquote, .article-text ul { margin: 0 0 1em; }
.article-text blockquote { padding-left: 1em; border-left: 3px solid var(--rule); color: #374151; font-style: italic; }
.article-text h2, .article-text h3, .article-text h4, .article-text h5, .article-text h6 { border: none; margin: 1.75rem 0 0.75rem; padding: 0; }
.pnum {
  position: absolute; left: -3.25rem; width: 2.5rem; text-align: right;
  font-size: 0.7rem; font-weight: 400; font-style: normal; line-height: 2.4; color: #b0b4ba;
  user-select: none;
}
.article-text li .pnum { left: -4.5rem; }
.doc-table { margin: 0 0 1em; width: 100%; }
.doc-table td { border: 1px solid var(--rule); padding: 0.3rem 0.5rem; vertical-align: top; white-space: pre-wrap; }
.doc-table td.pnum { position: static; border: none; width: 2.5rem; padding-right: 0.6rem; }
mark.hl { color: inherit; padding: 0 0 0.1em; border-radius: 2px; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.note-ref { font-size: 0.7em; line-height: 0; margin-left: 0.1em; }
.notes-list { padding-left: 1.5rem; font-size: 0.95rem; }
.note-item { margin-bottom: 0.6rem; }
.note-text, .note { white-space: pre-wrap; margin: 0; }
.note-back { font-size: 0.8rem; }
.passage-list { padding-left: 1.5rem; }
.passage { margin: 0 0 1.25rem; }
.quote .context { color: var(--muted); }
.quote { margin: 0 0 0.4rem; padding: 0.5rem 0.9rem; background: var(--panel); border-left: 4px solid var(--muted); border-radius: 0 4px 4px 0; white-space: pre-wrap; }
.note { padding: 0.1rem 0 0.1rem 0.9rem; color: #374151; }
.note::before { content: "Note: "; font-weight: 600; }
.also, .location { margin: 0.15rem 0 0; font-size: 0.8rem; color: var(--muted); }
h3 .count { color: var(--muted); font-weight: 400; font-size: 0.85em; }
.empty { color: var(--muted); font-style: italic; }
@media (max-width: 40rem) {
  .page { padding: 1.5rem 1rem 3rem 2.5rem; }
  .pnum { left: -2.5rem; width: 2rem; }
}
@media print {
  @page { margin: 18mm 16mm 18mm 22mm; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  html { font-size: 10pt; }
  body { line-height: 1.5; }
  .page { max-width: none; padding: 0 0 0 2.5rem; }
  nav, .toc, .note-back { display: none; }
  a { color: inherit; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; }
  .passage, .quote, .legend-item, .note-item, blockquote, tr, .article-text p, .article-text li { break-inside: avoid; page-break-inside: avoid; }
  .article-text p, .passage { orphans: 3; widows: 3; }
  .theme { break-before: auto; }
}
`
