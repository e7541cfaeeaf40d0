// Runs the headless CLI (src/cli/index.ts) from source with plain Node. Node strips the TypeScript
// types itself; these hooks add the two things the bundlers do for the app: the @shared alias and
// extensionless imports. Usage: npm run -s cli -- --help
import { existsSync } from 'node:fs'
import { registerHooks } from 'node:module'
import { fileURLToPath } from 'node:url'

const shared = new URL('../src/shared/', import.meta.url)

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
  }
})

await import('../src/cli/index.ts')
