/**
 * What `npm run package` checks before it downloads Electron and builds installers, on its own:
 * electron-builder loads electron-builder.yml (with package.json) and validates it against its
 * own schema, and every file the configuration names exists. CI runs this, since it cannot reach
 * Electron's download host; the integration suite goes further with a real `--dir` build against
 * a stand-in Electron (test/electron/package-dir.mjs).
 *
 * Usage: node test/electron/validate-packaging.mjs [config file, electron-builder.yml by default]
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js'
import { DebugLogger } from 'builder-util'

const projectDir = fileURLToPath(new URL('../../', import.meta.url))
const configFile = process.argv[2] ?? join(projectDir, 'electron-builder.yml')

const config = await getConfig(projectDir, configFile, null)
await validateConfiguration(config, new DebugLogger(false))
const named = [config.icon, config.directories?.buildResources].filter((path) => typeof path === 'string')
const missing = named.filter((path) => !existsSync(join(projectDir, path)))
if (missing.length > 0) {
  console.error(`${relative(projectDir, configFile)} names files that do not exist: ${missing.join(', ')}`)
  process.exit(1)
}
const { version } = JSON.parse(readFileSync(join(projectDir, 'node_modules/electron-builder/package.json'), 'utf8'))
const targets = ['win', 'mac', 'linux'].map((os) => `${os}: ${[config[os]?.target].flat().join(', ')}`).join('; ')
console.log(`electron-builder ${version} validates ${relative(projectDir, configFile)} (${config.appId}, ${targets})`)
