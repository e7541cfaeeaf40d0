// Serves a built renderer as plain static files on a fixed port (browser mode and the e2e tests).
// The port never changes: IndexedDB belongs to the origin, so another port would show an empty library.
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { resolve } from 'node:path'
import sirv from 'sirv'

/** Overridable only so tests can run beside a real session; users always get 5183. */
export const WEB_PORT = Number(process.env.THEMATA_WEB_PORT ?? 5183)

/** The Content-Security-Policy the built page declares in its meta tag. */
function pagePolicy(indexHtml) {
  const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(readFileSync(indexHtml, 'utf8'))?.[1]
  if (!policy) {
    console.error(`${indexHtml} declares no Content-Security-Policy; Themata will not serve it without one.`)
    process.exit(1)
  }
  return policy
}

export function serve(dir, port, host = '127.0.0.1') {
  const root = resolve(dir)
  if (!existsSync(resolve(root, 'index.html'))) {
    console.error(`There is no built renderer in ${root}; run "npm run build" first.`)
    process.exit(1)
  }
  const assets = sirv(root, { single: true, etag: true, dev: false })
  const policy = pagePolicy(resolve(root, 'index.html'))
  const server = createServer((req, res) => {
    // The policy the page's meta tag declares, also as a header (it then covers the workers too).
    res.setHeader('Content-Security-Policy', policy)
    res.setHeader('X-Content-Type-Options', 'nosniff')
    assets(req, res)
  })
  server.on('error', (error) => {
    const reason = error.code === 'EADDRINUSE' ? `port ${port} is already in use (is Themata already running?)` : error.message
    console.error(`Themata could not serve the app: ${reason}.`)
    process.exit(1)
  })
  server.listen(port, host, () => console.log(`Themata (browser mode) is running at http://localhost:${port}/`))
  return server
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'out/renderer', port = String(WEB_PORT)] = process.argv.slice(2)
  serve(dir, Number(port))
}
