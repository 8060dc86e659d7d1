import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Configuration } from 'app-builder-lib'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { DebugLogger } from 'builder-util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXPECTED_FUSES } from './expected-fuses'

/**
 * electron-builder.yml, checked with electron-builder's own loader and schema, then used for a
 * real `--dir` build against a stand-in Electron in the integration suite (test/integration/packaging-dir.test.ts).
 */

const projectDir = fileURLToPath(new URL('../../', import.meta.url))
const configFile = join(projectDir, 'electron-builder.yml')

const loadConfig = (file: string): Promise<Configuration> => getConfig(projectDir, file, null)
const validate = (config: Configuration): Promise<void> => validateConfiguration(config, new DebugLogger(false))

/** Every pattern of `files`, whatever shape (string, FileSet, list) the config uses. */
function filePatterns(config: Configuration): string[] {
  const entries = config.files === undefined || config.files === null ? [] : [config.files].flat()
  return entries.flatMap((entry) => (typeof entry === 'string' ? [entry] : [entry.filter ?? []].flat()))
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

// Loading electron-builder's schema takes seconds on a busy machine.
describe('electron-builder.yml', { timeout: 60_000 }, () => {
  let config: Configuration

  beforeAll(async () => {
    config = await loadConfig(configFile)
  })

  it('passes electron-builder’s own schema validation', async () => {
    await expect(validate(config)).resolves.toBeUndefined()
  })

  it('names the app and its folders', () => {
    expect(config).toMatchObject({
      appId: 'de.smarketing.studio',
      productName: 'Smarketing Studio',
      directories: { output: 'release', buildResources: 'resources' },
      asar: true
    })
  })

  it('sets the Electron fuses that close Node-level back doors', () => {
    expect(config.electronFuses).toEqual(EXPECTED_FUSES)
  })

  it('ships only out/ and package.json', () => {
    expect(filePatterns(config)).toEqual(['!**/*', 'out/**', 'package.json'])
  })

  it('ships the licence texts of the bundled libraries beside app.asar', () => {
    expect(config.extraResources).toEqual([
      { from: 'out/renderer/third-party-licenses.md', to: 'licenses/third-party-licenses-window.md' },
      { from: 'out/main/third-party-licenses.md', to: 'licenses/third-party-licenses-main.md' }
    ])
  })

  it('builds NSIS for Windows, dmg for macOS, AppImage and deb for Linux', () => {
    expect(config.win?.target).toBe('nsis')
    expect(config.mac).toMatchObject({ target: 'dmg', category: 'public.app-category.business' })
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'], category: 'Office' })
    expect(config.linux?.maintainer).toMatch(/\S+ <\S+@\S+>/)
  })

  it('has a PNG icon large enough for .icns and .ico (at least 512×512)', async () => {
    expect(config.icon).toBe('resources/icon.png')
    const { width, height } = pngSize(await readFile(join(projectDir, 'resources/icon.png')))
    expect(width).toBe(height)
    expect(width).toBeGreaterThanOrEqual(512)
  })

  describe('a broken copy', () => {
    let folder = ''

    beforeAll(async () => {
      folder = await mkdtemp(join(tmpdir(), 'smarketing-builder-config-'))
    })

    afterAll(async () => {
      await rm(folder, { recursive: true, force: true })
    })

    it.each([
      ['an unknown top-level key', 'fusesForWindows: true\n'],
      ['a misspelt fuse', 'electronFuses:\n  runAsnode: false\n']
    ])('is rejected for %s', async (_name, addition) => {
      const original = await readFile(configFile, 'utf8')
      const broken = join(folder, 'electron-builder.yml')
      // The misspelt fuse replaces the real block, so YAML sees no duplicate key.
      const text = addition.startsWith('electronFuses') ? original.replace(/^electronFuses:[\s\S]*?\n\n/m, addition) : original + addition
      await writeFile(broken, text)
      await expect(validate(await loadConfig(broken))).rejects.toThrow(/does not match the API schema/)
    })
  })
})
