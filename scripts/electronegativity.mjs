// Runs Doyensec's Electronegativity over the sources and fails on any HIGH or MEDIUM finding that
// docs/SECURITY.md does not justify by its check id (the table under "Electronegativity"), or on a
// justification for a check that no longer finds anything. Offline and deterministic: the tool's
// two network look-ups (translations, Electron's release list) are answered "unreachable" at once,
// and the Electron version is the one installed, so AvailableSecurityFixesGlobalCheck is skipped.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, relative, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const require = createRequire(import.meta.url)
const toolDir = dirname(require.resolve('@doyensec/electronegativity/package.json'))

const offline = () => Promise.reject(new Error('Electronegativity runs offline here'))
offline.head = offline
const gotPath = createRequire(`${toolDir}/`).resolve('got')
require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: Object.assign(offline, { default: offline }) }

const run = require('@doyensec/electronegativity')
const electronVersion = require('electron/package.json').version
const SECURITY_MD = resolve(root, 'docs/SECURITY.md')
const BLOCKING = new Set(['HIGH', 'MEDIUM'])

/** Check ids in the first column of the table that follows the "## Electronegativity" heading. */
function justifiedChecks() {
  const text = readFileSync(SECURITY_MD, 'utf8')
  const section = text.split(/^## /m).find((part) => part.startsWith('Electronegativity')) ?? ''
  return new Set(Array.from(section.matchAll(/^\| `([A-Z0-9_]+)` \|/gm), (match) => match[1]))
}

const log = console.log
console.log = () => {} // the tool chats about its offline look-ups
let result
try {
  result = await run({
    input: resolve(root, 'src'),
    output: undefined,
    customScan: [],
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    electronVersionOverride: electronVersion,
    isRelative: true,
    parserPlugins: []
  })
} finally {
  console.log = log
}

const name = (level) => level?.name ?? String(level)
const blocking = result.issues.filter((issue) => BLOCKING.has(name(issue.severity)))
const justified = justifiedChecks()
const unjustified = blocking.filter((issue) => !justified.has(issue.id))
const stale = [...justified].filter((id) => !blocking.some((issue) => issue.id === id))
const where = (issue) => `${issue.file === 'N/A' ? 'global' : relative(root, resolve(root, 'src', issue.file))}:${issue.location.line}`

for (const issue of blocking) {
  log(`${justified.has(issue.id) ? 'justified' : 'UNJUSTIFIED'}  ${name(issue.severity)}  ${issue.id}  ${where(issue)}`)
}
const parseErrors = result.errors.filter((error) => !error.tolerable)
for (const error of parseErrors) log(`could not parse ${relative(root, error.file)}: ${error.message}`)

if (unjustified.length > 0 || stale.length > 0 || parseErrors.length > 0) {
  if (unjustified.length > 0) log(`Electronegativity: ${unjustified.length} HIGH or MEDIUM finding(s) not justified in docs/SECURITY.md.`)
  if (stale.length > 0) log(`Electronegativity: docs/SECURITY.md justifies ${stale.join(', ')}, which no longer find anything; remove them.`)
  if (parseErrors.length > 0) log(`Electronegativity could not parse ${parseErrors.length} file(s).`)
  process.exit(1)
}
log(`Electronegativity (Electron ${electronVersion}, ${result.globalChecks + result.atomicChecks} checks): ${blocking.length} HIGH or MEDIUM finding(s), each justified in docs/SECURITY.md.`)
