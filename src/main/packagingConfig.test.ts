/**
 * The packaged app's configuration (electron-builder.yml), read and validated by electron-builder's
 * own loader and schema, so a misspelt option fails here rather than being ignored when packaging.
 */
import { resolve } from 'node:path'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { DebugLogger } from 'builder-util'
import { describe, expect, it } from 'vitest'

const projectDir = resolve(__dirname, '../..')

describe('electron-builder.yml', () => {
  it('is valid for electron-builder and sets the Electron fuses docs/SECURITY.md names', async () => {
    const config = await getConfig(projectDir, null, null)
    await validateConfiguration(config, new DebugLogger(false))
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: true
    })
  })

  it('packs the app into an ASAR archive, which the integrity fuses validate', async () => {
    const config = await getConfig(projectDir, null, null)
    expect(config.asar).toBe(true)
  })

  it('rejects a misspelt fuse, so a typo cannot silently leave one at its default', async () => {
    const config = await getConfig(projectDir, null, null)
    const misspelt = { ...config, electronFuses: { ...config.electronFuses, runAsnode: false } }
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(/configuration\.electronFuses should be/)
  })
})
