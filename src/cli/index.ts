/** Entry point of `npm run cli` (started by scripts/cli.mjs): plain Node, no Electron, no display. */
import { run } from './cli'

process.exitCode = await run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text)
})
