/**
 * For the tests (never imported by the app): the W3C Web Annotation test suite's "must"
 * assertions as validators, and the real files of other tools, both read from ../shared/.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Ajv from 'ajv-draft-04'
import addFormats from 'ajv-formats'

export const SHARED = fileURLToPath(new URL('../../../../shared/', import.meta.url))
export const SUITE = join(SHARED, 'standards/w3c-web-annotation')
export const EXTERNAL_W3C = join(SHARED, 'external/w3c')

const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>

export interface MustFailure {
  assertion: string
  message: string
}

/**
 * A validator for the assertions one manifest lists (annotationMusts.test or collectionMusts.test):
 * returns the assertions a JSON object fails, with the suite's own error message.
 */
export function mustsValidator(manifest: 'annotations/annotationMusts.test' | 'collections/collectionMusts.test'): (value: unknown) => MustFailure[] {
  const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false })
  addFormats(ajv)
  for (const file of readdirSync(join(SUITE, 'definitions'))) ajv.addSchema(readJson(join(SUITE, 'definitions', file)), file)
  const assertions = (readJson(join(SUITE, manifest))['assertions'] as string[]).map((path) => {
    const schema = readJson(join(SUITE, path))
    return { path, message: String(schema['errorMessage']), validate: ajv.compile(schema) }
  })
  return (value) => assertions.filter((a) => !a.validate(value)).map((a) => ({ assertion: a.path, message: a.message }))
}
