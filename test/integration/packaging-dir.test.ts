import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { extractFile, listPackage } from '@electron/asar'
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { init as initModuleLexer, parse as parseModule } from 'es-module-lexer'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXPECTED_FUSES } from '../electron/expected-fuses'

/**
 * A real electron-builder `--dir` build with electron-builder.yml against a stand-in Electron
 * (test/electron/package-dir.mjs): slow and heavy, so it belongs to the integration suite. The
 * configuration itself is validated in the unit suite (test/electron/packaging.test.ts).
 */
const projectDir = fileURLToPath(new URL('../../', import.meta.url))

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
      expect.arrayContaining(['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/out/participant/index.html'])
    )
  })

  it('needs nothing at run time that the package lacks: main imports only electron and node:*', async () => {
    const main = extractFile(asar, 'out/main/index.js').toString('utf8')
    // Parsed, not searched: the libraries bundled into main keep their comments, and those show imports as examples.
    await initModuleLexer
    const [imports] = parseModule(main)
    // `d === -2` is `import.meta`, not an import.
    const specifiers = imports.filter((found) => found.d !== -2).map((found) => found.n ?? main.slice(found.s, found.e))
    expect(specifiers.length).toBeGreaterThan(0)
    expect(specifiers.filter((name) => name !== 'electron' && !name?.startsWith('node:'))).toEqual([])
  })

  it('bundles the sandboxed preload into one file that requires only electron', () => {
    const preload = extractFile(asar, 'out/preload/index.cjs').toString('utf8')
    const required = [...preload.matchAll(/\brequire\s*\(\s*["']([^"']+)["']/g)].map((match) => match[1])
    expect(required).toEqual(['electron'])
  })

  it('ships the licence notices of every library bundled into the window and the main process', () => {
    const window = readFileSync(join(appOutDir, 'resources/licenses/third-party-licenses-window.md'), 'utf8')
    const main = readFileSync(join(appOutDir, 'resources/licenses/third-party-licenses-main.md'), 'utf8')
    for (const library of ['react', 'react-dom', 'dexie', 'docx', 'i18next', 'zustand', 'signature_pad']) {
      expect(window).toMatch(new RegExp(`^## ${library} - \\d+\\.\\d+\\.\\d+ \\(`, 'm'))
    }
    // The MIT licence's own words, not only its name.
    expect(window).toContain('Permission is hereby granted, free of charge')
    expect(main).toMatch(/^## zod - /m)
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
