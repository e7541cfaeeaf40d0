// Serves a built renderer as plain static files on a fixed port (browser mode and the e2e tests).
// The port never changes: IndexedDB belongs to the origin, so another port would show an empty library.
import { existsSync } from 'node:fs'
import { createServer } from 'node:http'
import { resolve } from 'node:path'
import sirv from 'sirv'

/** Overridable only so tests can run beside a real session; users always get 5183. */
export const WEB_PORT = Number(process.env.THEMATA_WEB_PORT ?? 5183)

export function serve(dir, port, host = '127.0.0.1') {
  const root = resolve(dir)
  if (!existsSync(resolve(root, 'index.html'))) {
    console.error(`There is no built renderer in ${root}; run "npm run build" first.`)
    process.exit(1)
  }
  const assets = sirv(root, { single: true, etag: true, dev: false })
  const server = createServer((req, res) => {
    // Same policy as the page's meta tag, also as a header for servers that honour only headers.
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
