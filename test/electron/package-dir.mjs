/**
 * Packs the unpacked Linux app (`electron-builder --dir`) with electron-builder.yml, offline.
 *
 * The Electron binary cannot be downloaded everywhere, so `electronDist` points at a stand-in:
 * a folder shaped like Electron's Linux zip whose `electron` file is a tiny script carrying the
 * fuse sentinel and fuse wire of a real Electron binary. electron-builder then runs its real
 * pipeline — file patterns, app.asar, renaming the executable, the sanity check of the entry
 * file and flipping the fuses with @electron/fuses — and the result can be inspected.
 *
 * Usage: node test/electron/package-dir.mjs <output folder>
 * Builds out/ first when it is missing. Prints `{"appOutDir": …}` as its last line.
 */
import { spawnSync } from 'node:child_process'
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Arch, build, Platform } from 'electron-builder'

const projectDir = fileURLToPath(new URL('../../', import.meta.url))
const outputDir = process.argv[2]
if (outputDir === undefined) {
  console.error('usage: node test/electron/package-dir.mjs <output folder>')
  process.exit(2)
}

const STAND_IN_ELECTRON_VERSION = '45.4.1'

/** What `@electron/fuses` looks for in a binary: sentinel, wire version 1, wire length, wire. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
// Electron's defaults, in wire order: runAsNode on, cookie encryption off, NODE_OPTIONS on,
// inspect arguments on, asar integrity off, only-from-asar off, browser snapshot off,
// file:// privileges on.
const DEFAULT_FUSE_WIRE = '10110001'

function ensureBuilt() {
  const built = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'out/renderer/third-party-licenses.md', 'out/main/third-party-licenses.md']
  if (built.every((file) => existsSync(join(projectDir, file)))) return
  const cli = join(projectDir, 'node_modules/electron-vite/bin/electron-vite.js')
  const result = spawnSync(process.execPath, [cli, 'build'], { cwd: projectDir, stdio: 'inherit' })
  if (result.status !== 0) throw new Error('electron-vite build failed')
}

async function makeStandInElectron() {
  const dist = await mkdtemp(join(tmpdir(), 'smarketing-electron-dist-'))
  const wire = Buffer.concat([Buffer.from(FUSE_SENTINEL), Buffer.from([1, DEFAULT_FUSE_WIRE.length]), Buffer.from(DEFAULT_FUSE_WIRE)])
  const script = Buffer.concat([
    Buffer.from('#!/bin/sh\n# Stand-in for the Electron binary (packaging test only).\n# fuses: '),
    wire,
    Buffer.from('\necho "stand-in electron: not runnable" >&2\nexit 1\n')
  ])
  await writeFile(join(dist, 'electron'), script)
  await chmod(join(dist, 'electron'), 0o755)
  await writeFile(join(dist, 'version'), STAND_IN_ELECTRON_VERSION)
  await writeFile(join(dist, 'LICENSE'), 'stand-in')
  // Electron's own default_app.asar is left out: electron-builder drops it when it unpacks a
  // real zip, but would try to read this stand-in as an archive.
  await mkdir(join(dist, 'resources'))
  return dist
}

ensureBuilt()
const electronDist = await makeStandInElectron()
try {
  await build({
    projectDir,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    publish: 'never',
    config: {
      // A path in `extends` makes electron-builder load the real config and merge these over it.
      extends: join(projectDir, 'electron-builder.yml'),
      electronDist,
      electronVersion: STAND_IN_ELECTRON_VERSION,
      directories: { output: outputDir }
    }
  })
} finally {
  await rm(electronDist, { recursive: true, force: true })
}
console.log(JSON.stringify({ appOutDir: join(outputDir, 'linux-unpacked') }))
