import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { extractFile, listPackage } from '@electron/asar'
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import type { Configuration } from 'app-builder-lib'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { DebugLogger } from 'builder-util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/**
 * electron-builder.yml, checked with electron-builder's own loader and schema, then used for a
 * real `--dir` build against a stand-in Electron (see package-dir.mjs).
 */

const projectDir = fileURLToPath(new URL('../../', import.meta.url))
const configFile = join(projectDir, 'electron-builder.yml')

const loadConfig = (file: string): Promise<Configuration> => getConfig(projectDir, file, null)
const validate = (config: Configuration): Promise<void> => validateConfiguration(config, new DebugLogger(false))

const EXPECTED_FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  onlyLoadAppFromAsar: true,
  enableEmbeddedAsarIntegrityValidation: true,
  enableCookieEncryption: true,
  grantFileProtocolExtraPrivileges: false
}

/** Every pattern of `files`, whatever shape (string, FileSet, list) the config uses. */
function filePatterns(config: Configuration): string[] {
  const entries = config.files === undefined || config.files === null ? [] : [config.files].flat()
  return entries.flatMap((entry) => (typeof entry === 'string' ? [entry] : [entry.filter ?? []].flat()))
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

describe('electron-builder.yml', () => {
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

describe('the packed Linux app (--dir, stand-in Electron)', () => {
  let output = ''
  let appOutDir = ''
  let asar = ''

  beforeAll(async () => {
    output = await mkdtemp(join(tmpdir(), 'smarketing-package-'))
    const log = execFileSync(process.execPath, [join(projectDir, 'test/electron/package-dir.mjs'), output], {
      cwd: projectDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      // Synchronous, so the hook timeout alone could not stop a hung build.
      timeout: 280_000
    })
    const lastLine = log.trim().split('\n').at(-1) ?? ''
    appOutDir = String(JSON.parse(lastLine).appOutDir)
    asar = join(appOutDir, 'resources', 'app.asar')
  }, 300_000)

  afterAll(async () => {
    await rm(output, { recursive: true, force: true })
  })

  it('packs the app into resources/app.asar, not a loose folder', () => {
    expect(existsSync(asar)).toBe(true)
    expect(existsSync(join(appOutDir, 'resources', 'app'))).toBe(false)
  })

  it('puts only out/ and package.json into app.asar', () => {
    const entries = listPackage(asar, { isPack: false })
    const outside = entries.filter((entry) => !(entry === '/out' || entry.startsWith('/out/') || entry === '/package.json'))
    expect(outside).toEqual([])
    expect(entries).toEqual(
      expect.arrayContaining(['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html'])
    )
  })

  it('needs nothing at run time that the package lacks: main imports only electron and node:*', () => {
    const main = extractFile(asar, 'out/main/index.js').toString('utf8')
    const specifiers = [...main.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)["']([^"']+)["']/g)].map((match) => match[1])
    expect(specifiers.length).toBeGreaterThan(0)
    expect(specifiers.filter((name) => name !== 'electron' && !name?.startsWith('node:'))).toEqual([])
  })

  it('bundles the sandboxed preload into one file that requires only electron', () => {
    const preload = extractFile(asar, 'out/preload/index.cjs').toString('utf8')
    const required = [...preload.matchAll(/\brequire\s*\(\s*["']([^"']+)["']/g)].map((match) => match[1])
    expect(required).toEqual(['electron'])
  })

  it('flips the fuses in the packed executable', async () => {
    const wire = await getCurrentFuseWire(join(appOutDir, 'smarketing-studio'))
    // The wire stores each fuse as the ASCII digit '1' (on) or '0' (off).
    const state = (enabled: boolean): number => (enabled ? '1' : '0').charCodeAt(0)
    expect(wire[FuseV1Options.RunAsNode]).toBe(state(EXPECTED_FUSES.runAsNode))
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(state(EXPECTED_FUSES.enableNodeOptionsEnvironmentVariable))
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(state(EXPECTED_FUSES.enableNodeCliInspectArguments))
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(state(EXPECTED_FUSES.onlyLoadAppFromAsar))
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(
      state(EXPECTED_FUSES.enableEmbeddedAsarIntegrityValidation)
    )
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(state(EXPECTED_FUSES.enableCookieEncryption))
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(state(EXPECTED_FUSES.grantFileProtocolExtraPrivileges))
  })
})
