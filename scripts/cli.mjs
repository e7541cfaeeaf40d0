// Runs the headless CLI (src/cli/index.ts) from source with plain Node (see sourceHooks.mjs).
// Usage: npm run -s cli -- --help
import './sourceHooks.mjs'

await import('../src/cli/index.ts')
