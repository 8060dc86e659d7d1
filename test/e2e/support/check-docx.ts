import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const TOOL = resolve(import.meta.dirname, '../../../../shared/tools/check-docx')

/**
 * Runs ../shared/tools/check-docx on an exported document: well-formed parts, schema-valid
 * document.xml, LibreOffice and pandoc open it, the expected texts are on the pages.
 * Fails with a clear message when the tool or its programs are missing.
 */
export async function checkDocx(file: string, expected: string[]): Promise<string> {
  if (!existsSync(TOOL)) throw new Error(`check-docx not found at ${TOOL}: the shared folder must be beside the repository`)
  try {
    const { stdout } = await run('bash', [TOOL, file, ...expected], { timeout: 180_000, maxBuffer: 10 * 1024 * 1024 })
    return stdout
  } catch (error) {
    const output = (error as { stdout?: string; stderr?: string }).stdout ?? ''
    throw new Error(
      `check-docx failed for ${file}:\n${output}\n${(error as { stderr?: string }).stderr ?? ''}\n(needs libreoffice-writer-nogui, poppler-utils, pandoc, libxml2-utils, unzip)`,
      { cause: error }
    )
  }
}
