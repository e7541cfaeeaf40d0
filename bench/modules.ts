/**
 * Serves the benchmark's in-page modules (data.ts, seed.ts with their types stripped) and the peer
 * library under /__bench/ on the app's own origin, through Playwright routing: the app's
 * Content-Security-Policy allows same-origin scripts only, and the app build stays untouched.
 */
import { existsSync, readFileSync } from 'node:fs'
import { stripTypeScriptTypes } from 'node:module'
import { join } from 'node:path'
import type { BrowserContext, Page } from '@playwright/test'

// The repository root: npm scripts and Playwright both run there. (No import.meta: Playwright loads
// this file as CommonJS for the e2e tests, Node as an ES module for the benchmark.)
const root = process.cwd()
const here = join(root, 'bench')
if (!existsSync(join(here, 'data.ts'))) throw new Error(`Run the benchmark from the repository root (no bench/data.ts in ${root}).`)

/** The page-side path of a benchmark module. */
export const BENCH_PREFIX = '/__bench/'

function stripped(file: string): string {
  // stripTypeScriptTypes is stable enough for this and warns once per process that it is experimental.
  const emit = process.emitWarning
  process.emitWarning = (() => undefined) as typeof process.emitWarning
  try {
    return stripTypeScriptTypes(readFileSync(file, 'utf8'), { mode: 'strip' })
  } finally {
    process.emitWarning = emit
  }
}

const PEER_DIR = join(root, 'node_modules', '@recogito', 'text-annotator', 'dist')

/** A minimal page for the peer library: same text styling as the article, no app. Its UMD build reads process.env. */
const PEER_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Peer</title>
<link rel="stylesheet" href="${BENCH_PREFIX}peer.css">
<style>
  html, body { height: 100%; margin: 0; }
  body { font: 14px/1.45 system-ui, sans-serif; }
  #scroller { height: 100%; overflow: auto; padding: 32px 24px 120px; box-sizing: border-box; }
  #text { max-width: 46rem; margin: 0 auto; font: 17px/1.7 Charter, 'Iowan Old Style', Georgia, 'Noto Serif', serif; white-space: normal; }
  #text p { margin: 0 0 0.9em; white-space: pre-wrap; }
</style>
<script>window.process = { env: { NODE_ENV: "production" } }</script>
<script src="${BENCH_PREFIX}peer.js"></script>
</head><body><div id="scroller"><div id="text"></div></div></body></html>`

const cache = new Map<string, { body: string | Buffer; contentType: string }>()

function asset(name: string): { body: string | Buffer; contentType: string } | null {
  const known = cache.get(name)
  if (known) return known
  let found: { body: string | Buffer; contentType: string } | null = null
  if (name === 'data.ts' || name === 'seed.ts') found = { body: stripped(join(here, name)), contentType: 'text/javascript; charset=utf-8' }
  else if (name === 'peer.js') found = { body: readFileSync(join(PEER_DIR, 'text-annotator.umd.js')), contentType: 'text/javascript; charset=utf-8' }
  else if (name === 'peer.css') found = { body: readFileSync(join(PEER_DIR, 'text-annotator.css')), contentType: 'text/css; charset=utf-8' }
  else if (name === 'peer.html') found = { body: PEER_PAGE, contentType: 'text/html; charset=utf-8' }
  if (found) cache.set(name, found)
  return found
}

/** Routes /__bench/* of every page in the context to the benchmark's modules. */
export async function routeBenchModules(target: BrowserContext | Page): Promise<void> {
  await target.route(`**${BENCH_PREFIX}*`, async (route) => {
    const name = new URL(route.request().url()).pathname.slice(BENCH_PREFIX.length)
    const found = asset(name)
    if (!found) await route.fulfill({ status: 404, body: 'not found' })
    else await route.fulfill({ status: 200, body: found.body, contentType: found.contentType, headers: { 'cache-control': 'no-store' } })
  })
}
