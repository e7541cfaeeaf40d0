// Lets plain Node import our TypeScript source as the bundlers do: Node strips the types itself;
// these hooks add the @shared alias, extensionless imports and JSON imports. Imported for its effect
// by scripts/cli.mjs (the headless CLI) and bench/run.ts (the Node benchmarks).
import { existsSync } from 'node:fs'
import { registerHooks } from 'node:module'
import { fileURLToPath } from 'node:url'

const root = new URL('../', import.meta.url)
const shared = new URL('src/shared/', root)

/** The .ts file an import of our own source means, if there is one. */
function ownModule(specifier, parentURL) {
  const base = specifier.startsWith('@shared/')
    ? new URL(specifier.slice('@shared/'.length), shared)
    : specifier.startsWith('.') && parentURL
      ? new URL(specifier, parentURL)
      : undefined
  if (!base) return undefined
  const candidates = base.pathname.endsWith('.ts') ? [base.href] : [`${base.href}.ts`, `${base.href}/index.ts`]
  return candidates.find((candidate) => existsSync(fileURLToPath(candidate)))
}

registerHooks({
  resolve(specifier, context, nextResolve) {
    const url = ownModule(specifier, context.parentURL)
    // The format is stated, so Node need not guess it for each file (package.json has no "type").
    return url ? { url, format: 'module-typescript', shortCircuit: true } : nextResolve(specifier, context)
  },
  load(url, context, nextLoad) {
    // Our JSON data (the default codebook) is imported as the bundlers import it: without an attribute.
    const own = url.startsWith(root.href) && url.endsWith('.json')
    return nextLoad(url, own ? { ...context, importAttributes: { ...context.importAttributes, type: 'json' } } : context)
  }
})
